using Microsoft.Extensions.Logging;
using Wolverine.EntityFrameworkCore;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Identity.Features.PurgeExpiredData;

/// <summary>
/// Sign-in history: deletes, in one statement, every attempt older than the cut-off except those of people under
/// a legal hold, and counts those held back with one COUNT. The rows go whole (time, email, IP address, browser):
/// nothing of an expired attempt is needed afterwards. Counts and the deletion commit with the answer (outbox), so a
/// redelivered order purges nothing and answers with zeros, which Privacy ignores once the run has the first answer.
/// </summary>
internal sealed partial class PurgeExpiredDataHandler(
    IDbContextOutbox<IdentityDbContext> outbox,
    TimeProvider clock,
    ILogger<PurgeExpiredDataHandler> logger) : ICommandHandler<PurgeExpiredData, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(PurgeExpiredData command, CancellationToken cancellationToken)
    {
        if (!command.Category.StartsWith(IdentityDataCategories.KeyPrefix, StringComparison.Ordinal))
        {
            return Done.Value;
        }

        var db = outbox.DbContext;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (purged, held) = command.Category == IdentityDataCategories.SignInHistory
            ? await SweepSignInsAsync(db, command, cancellationToken)
            : (0L, 0L);
        await outbox.PublishAsync(new PurgeCompleted(command.RunId, command.Category, IdentityDataCategories.Module, purged, held, clock.GetUtcNow()));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        LogSwept(command.Category, purged, held, command.RunId);
        return Done.Value;
    }

    private static async Task<(long Purged, long Held)> SweepSignInsAsync(IdentityDbContext db, PurgeExpiredData command, CancellationToken ct)
    {
        var held = command.Holds.UserIds.ToList();
        var expired = db.SignInAttempts.Where(a => a.OccurredAt < command.OlderThan);
        var heldCount = held.Count == 0 ? 0 : await expired.LongCountAsync(a => a.UserId != null && held.Contains(a.UserId.Value), ct);
        var purged = held.Count == 0
            ? await expired.ExecuteDeleteAsync(ct)
            : await expired.Where(a => a.UserId == null || !held.Contains(a.UserId.Value)).ExecuteDeleteAsync(ct);
        return (purged, heldCount);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: {Category} purged {Purged}, held {Held} (run {RunId})")]
    private partial void LogSwept(string category, long purged, long held, Guid runId);
}
