using Wolverine.EntityFrameworkCore;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Privacy.Features.PurgeExpiredData;

internal sealed class PurgeExpiredDataHandler(IDbContextOutbox<PrivacyDbContext> outbox, DataMap map, TimeProvider clock)
    : ICommandHandler<PurgeExpiredData, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(PurgeExpiredData command, CancellationToken cancellationToken)
    {
        // Another module's category, or one of Privacy's with a sweep of its own (the consent ledger's).
        if (map.Find(command.Category) is not { Module: RetentionDataCategories.Module }
            || command.Category is ConsentDataCategories.ConsentRecords or ConsentDataCategories.VisitorConsents)
        {
            return Done.Value;
        }

        await outbox.PublishAsync(new PurgeCompleted(command.RunId, command.Category, RetentionDataCategories.Module, 0, 0, clock.GetUtcNow()));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return Done.Value;
    }
}
