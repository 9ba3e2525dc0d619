namespace SmartRoom.Modules.Messaging.Features.RecordProfile;

internal sealed class RecordProfileHandler(MessagingDbContext db) : ICommandHandler<RecordProfile, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(RecordProfile command, CancellationToken cancellationToken)
    {
        await db.Members.Where(m => m.UserId == command.UserId)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Email, command.Email).SetProperty(m => m.DisplayName, command.DisplayName), cancellationToken);
        await db.SupportGrants.Where(g => g.UserId == command.UserId)
            .ExecuteUpdateAsync(u => u.SetProperty(g => g.Email, command.Email).SetProperty(g => g.DisplayName, command.DisplayName), cancellationToken);
        return Done.Value;
    }
}
