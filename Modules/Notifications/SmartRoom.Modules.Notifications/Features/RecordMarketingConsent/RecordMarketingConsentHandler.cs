using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Notifications.Features.RecordMarketingConsent;

internal sealed class RecordMarketingConsentHandler(NotificationsDbContext db) : ICommandHandler<RecordMarketingConsent, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(RecordMarketingConsent command, CancellationToken cancellationToken)
    {
        if (command.Purpose != ConsentPurposes.MarketingEmail)
        {
            return Done.Value;
        }

        if (await MarketingAudience.ApplyAsync(db, command.UserId, command.Granted, command.OccurredAt, command.Email, command.DisplayName, cancellationToken))
        {
            // Two deliveries racing on a first copy: the loser's insert fails on the key and, retried, finds the copy.
            await db.SaveChangesAsync(cancellationToken);
        }

        return Done.Value;
    }
}
