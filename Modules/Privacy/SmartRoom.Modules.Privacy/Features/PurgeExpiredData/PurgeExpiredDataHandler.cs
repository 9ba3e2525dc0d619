using Wolverine.EntityFrameworkCore;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Privacy.Features.PurgeExpiredData;

internal sealed class PurgeExpiredDataHandler(IDbContextOutbox<PrivacyDbContext> outbox, DataMap map, TimeProvider clock)
    : ICommandHandler<PurgeExpiredData, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(PurgeExpiredData command, CancellationToken cancellationToken)
    {
        if (map.Find(command.Category) is not { Module: RetentionDataCategories.Module })
        {
            return Done.Value;
        }

        await outbox.PublishAsync(new PurgeCompleted(command.RunId, command.Category, RetentionDataCategories.Module, 0, 0, clock.GetUtcNow()));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return Done.Value;
    }
}
