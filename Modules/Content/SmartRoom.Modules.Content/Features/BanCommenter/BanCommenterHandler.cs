using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.BanCommenter;

internal sealed class BanCommenterHandler(ContentDbContext db, ModerationLog log, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<BanCommenter, Result<CommenterBanView>>
{
    public async ValueTask<Result<CommenterBanView>> Handle(BanCommenter command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var ban = await db.CommenterBans.FirstOrDefaultAsync(b => b.UserId == command.UserId, cancellationToken);
        if (ban is null)
        {
            ban = new CommenterBan { Id = Guid.CreateVersion7(), UserId = command.UserId, Reason = command.Reason!, Version = 0 };
            db.CommenterBans.Add(ban);
        }

        ban.Reason = command.Reason!;
        ban.Until = command.Until?.ToUniversalTime();
        ban.BannedAt = now;
        ban.BannedBy = caller.Id!.Value;
        ban.Version++;
        log.Record(ModerationActions.CommenterBanned, ModerationTargets.Account, command.UserId, command.Reason);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another moderator banned or lifted the same account at the same moment.
            return CommentErrors.CommenterChanged;
        }

        var name = await db.Comments.AsNoTracking().Where(c => c.AuthorId == command.UserId)
            .OrderByDescending(c => c.CreatedAt).Select(c => c.AuthorName).FirstOrDefaultAsync(cancellationToken);
        return new CommenterBanView(ban.UserId, name, ban.Reason, ban.BannedAt, ban.Until, ban.BannedBy);
    }
}
