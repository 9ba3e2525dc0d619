namespace SmartRoom.Modules.Content.Features.LiftCommenterBan;

internal sealed class LiftCommenterBanHandler(ContentDbContext db, ModerationLog log) : ICommandHandler<LiftCommenterBan, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(LiftCommenterBan command, CancellationToken cancellationToken)
    {
        var ban = await db.CommenterBans.FirstOrDefaultAsync(b => b.UserId == command.UserId, cancellationToken);
        if (ban is null)
        {
            return CommentErrors.BanNotFound;
        }

        db.CommenterBans.Remove(ban);
        log.Record(ModerationActions.CommenterUnbanned, ModerationTargets.Account, command.UserId, command.Reason);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommentErrors.CommenterChanged;
        }

        return Done.Value;
    }
}
