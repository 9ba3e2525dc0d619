using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Wolverine.EntityFrameworkCore;
using SmartRoom.Modules.DealRooms.Documents;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.DealRooms.Features.PurgeExpiredData;

/// <summary>
/// <list type="bullet">
/// <item>Orphan blobs: removes blobs no version refers to, written before the earlier of the cut-off and the safety
/// window (<see cref="DocumentOptions.OrphanBlobSafetyWindow"/>). They belong to no row, hence to no room or person:
/// a legal hold cannot name them and holds nothing back here.</item>
/// <item>Closed rooms: not swept until the managers are given an export of their room before it goes; answered
/// honestly with nothing purged (docs/privacy/retention.md).</item>
/// </list>
/// The answer goes through the outbox; a redelivered order finds nothing left to remove.
/// </summary>
internal sealed partial class PurgeExpiredDataHandler(
    IDbContextOutbox<DealRoomsDbContext> outbox,
    OrphanBlobs orphans,
    IOptions<DocumentOptions> options,
    TimeProvider clock,
    ILogger<PurgeExpiredDataHandler> logger) : ICommandHandler<PurgeExpiredData, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(PurgeExpiredData command, CancellationToken cancellationToken)
    {
        if (!command.Category.StartsWith(DealRoomsDataCategories.KeyPrefix, StringComparison.Ordinal))
        {
            return Done.Value;
        }

        long purged = 0;
        if (command.Category == DealRoomsDataCategories.OrphanBlobs)
        {
            var safe = clock.GetUtcNow() - options.Value.OrphanBlobSafetyWindow;
            purged = await orphans.DeleteAsync(command.OlderThan < safe ? command.OlderThan : safe, cancellationToken);
        }
        else if (command.Category == DealRoomsDataCategories.ClosedRooms)
        {
            LogClosedRoomsNotSwept(command.RunId);
        }

        await outbox.PublishAsync(new PurgeCompleted(command.RunId, command.Category, DealRoomsDataCategories.Module, purged, 0, clock.GetUtcNow()));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        LogSwept(command.Category, purged, command.RunId);
        return Done.Value;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: {Category} purged {Purged} (run {RunId})")]
    private partial void LogSwept(string category, long purged, Guid runId);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Retention: closed rooms are not swept until their managers can be given an export (run {RunId})")]
    private partial void LogClosedRoomsNotSwept(Guid runId);
}
