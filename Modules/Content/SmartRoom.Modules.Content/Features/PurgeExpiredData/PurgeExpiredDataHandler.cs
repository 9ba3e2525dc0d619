using Microsoft.Extensions.Logging;
using SmartRoom.Modules.Privacy.Contracts;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Content.Features.PurgeExpiredData;

/// <summary>
/// Each swept category goes in set-based statements (one DELETE per table, never rows loaded), except what a person
/// hold keeps: a removal request of a held requester, a moderation record of a held actor or about a held account, a
/// consent to a held author's testimonial; those are counted with one COUNT. Deletion, counts and the answer commit
/// together (outbox); a redelivered order finds nothing left and answers with zeros.
/// </summary>
internal sealed partial class PurgeExpiredDataHandler(
    IDbContextOutbox<ContentDbContext> outbox,
    TimeProvider clock,
    ILogger<PurgeExpiredDataHandler> logger) : ICommandHandler<PurgeExpiredData, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(PurgeExpiredData command, CancellationToken cancellationToken)
    {
        if (!command.Category.StartsWith(ContentDataCategories.KeyPrefix, StringComparison.Ordinal))
        {
            return Done.Value;
        }

        var db = outbox.DbContext;
        var held = command.Holds.UserIds.ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (purged, kept) = command.Category switch
        {
            ContentDataCategories.RemovalRequests => await RemovalRequestsAsync(db, command.OlderThan, held, cancellationToken),
            ContentDataCategories.ModerationRecord => await ModerationRecordsAsync(db, command.OlderThan, held, cancellationToken),
            ContentDataCategories.TestimonialConsents => await ConsentsAsync(db, command.OlderThan, held, cancellationToken),
            _ => (0L, 0L),
        };
        await outbox.PublishAsync(new PurgeCompleted(command.RunId, command.Category, ContentDataCategories.Module, purged, kept, clock.GetUtcNow()));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        LogSwept(command.Category, purged, kept, command.RunId);
        return Done.Value;
    }

    /// <summary>Decided requests (with their reminders) of requesters under no hold. Counts are requests.</summary>
    private static async Task<(long, long)> RemovalRequestsAsync(ContentDbContext db, DateTimeOffset olderThan, List<Guid> held, CancellationToken ct)
    {
        var expired = db.RemovalRequests.Where(r => r.DecidedAt != null && r.DecidedAt < olderThan);
        var kept = held.Count == 0 ? 0L : await expired.LongCountAsync(r => r.RequesterId != null && held.Contains(r.RequesterId.Value), ct);
        var swept = held.Count == 0 ? expired : expired.Where(r => r.RequesterId == null || !held.Contains(r.RequesterId.Value));
        await db.RemovalReminders.Where(m => swept.Any(r => r.Id == m.RequestId)).ExecuteDeleteAsync(ct);
        long purged = await swept.ExecuteDeleteAsync(ct);
        return (purged, kept);
    }

    private static async Task<(long, long)> ModerationRecordsAsync(ContentDbContext db, DateTimeOffset olderThan, List<Guid> held, CancellationToken ct)
    {
        var expired = db.ModerationRecords.Where(r => r.At < olderThan);
        if (held.Count == 0)
        {
            return (await expired.ExecuteDeleteAsync(ct), 0L);
        }

        var heldRecords = expired.Where(r => (r.ActorId != null && held.Contains(r.ActorId.Value))
            || (r.TargetKind == ModerationTargets.Account && held.Contains(r.TargetId)));
        var kept = await heldRecords.LongCountAsync(ct);
        long purged = await expired.Where(r => !((r.ActorId != null && held.Contains(r.ActorId.Value))
            || (r.TargetKind == ModerationTargets.Account && held.Contains(r.TargetId)))).ExecuteDeleteAsync(ct);
        return (purged, kept);
    }

    /// <summary>Consents withdrawn before the cut-off, unless their testimonial's author is held.</summary>
    private static async Task<(long, long)> ConsentsAsync(ContentDbContext db, DateTimeOffset olderThan, List<Guid> held, CancellationToken ct)
    {
        var expired = db.TestimonialConsents.Where(c => c.WithdrawnAt != null && c.WithdrawnAt < olderThan);
        if (held.Count == 0)
        {
            return (await expired.ExecuteDeleteAsync(ct), 0L);
        }

        var heldTestimonials = db.Testimonials.Where(t => t.AuthorId != null && held.Contains(t.AuthorId.Value)).Select(t => t.Id);
        var kept = await expired.LongCountAsync(c => heldTestimonials.Contains(c.TestimonialId), ct);
        long purged = await expired.Where(c => !heldTestimonials.Contains(c.TestimonialId)).ExecuteDeleteAsync(ct);
        return (purged, kept);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: {Category} purged {Purged}, held {Held} (run {RunId})")]
    private partial void LogSwept(string category, long purged, long held, Guid runId);
}
