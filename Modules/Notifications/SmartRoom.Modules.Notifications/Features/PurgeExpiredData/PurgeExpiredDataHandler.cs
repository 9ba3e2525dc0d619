using Microsoft.Extensions.Logging;
using Wolverine.EntityFrameworkCore;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Notifications.Features.PurgeExpiredData;

/// <summary>
/// Delivery log, in-app feed, digest items: each is one DELETE of the rows created before the cut-off, except those
/// of people under a legal hold (counted with one COUNT). A delivery still queued or retrying is never removed:
/// it is not over yet. The rows record no room, so a room hold keeps nothing here (docs/privacy/retention.md).
/// Counts and deletion commit with the answer (outbox); a redelivered order purges nothing the second time.
/// </summary>
internal sealed partial class PurgeExpiredDataHandler(
    IDbContextOutbox<NotificationsDbContext> outbox,
    TimeProvider clock,
    ILogger<PurgeExpiredDataHandler> logger) : ICommandHandler<PurgeExpiredData, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(PurgeExpiredData command, CancellationToken cancellationToken)
    {
        if (!command.Category.StartsWith(NotificationsDataCategories.KeyPrefix, StringComparison.Ordinal))
        {
            return Done.Value;
        }

        var db = outbox.DbContext;
        var held = command.Holds.UserIds.ToList();
        var before = command.OlderThan;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (purged, heldCount) = command.Category switch
        {
            NotificationsDataCategories.DeliveryLog => await SweepAsync(
                db.EmailDeliveries.Where(d => d.CreatedAt < before && d.Status != DeliveryStatus.Queued),
                held, d => d.UserId != null && held.Contains(d.UserId.Value), cancellationToken),
            NotificationsDataCategories.InAppFeed => await SweepAsync(
                db.InAppNotifications.Where(n => n.CreatedAt < before), held, n => held.Contains(n.UserId), cancellationToken),
            NotificationsDataCategories.DigestItems => await SweepAsync(
                db.DigestItems.Where(i => i.CreatedAt < before), held, i => held.Contains(i.UserId), cancellationToken),
            _ => (0L, 0L),
        };
        await outbox.PublishAsync(new PurgeCompleted(command.RunId, command.Category, NotificationsDataCategories.Module, purged, heldCount, clock.GetUtcNow()));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        LogSwept(command.Category, purged, heldCount, command.RunId);
        return Done.Value;
    }

    private static async Task<(long Purged, long Held)> SweepAsync<T>(
        IQueryable<T> expired, List<Guid> held, System.Linq.Expressions.Expression<Func<T, bool>> isHeld, CancellationToken ct)
    {
        if (held.Count == 0)
        {
            return (await expired.ExecuteDeleteAsync(ct), 0);
        }

        var heldCount = await expired.LongCountAsync(isHeld, ct);
        var notHeld = System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(
            System.Linq.Expressions.Expression.Not(isHeld.Body), isHeld.Parameters);
        return (await expired.Where(notHeld).ExecuteDeleteAsync(ct), heldCount);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: {Category} purged {Purged}, held {Held} (run {RunId})")]
    private partial void LogSwept(string category, long purged, long held, Guid runId);
}
