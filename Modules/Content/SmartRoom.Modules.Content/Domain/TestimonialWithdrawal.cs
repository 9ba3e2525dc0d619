using SmartRoom.Modules.Content.Contracts;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// Withdraws a testimonial at once (by its author, or because its author withdrew their consent): Withdrawn, so the
/// public list and its images no longer show it; its consent records marked withdrawn and kept as proof; the action on
/// the record; the author told (<c>TestimonialStatusChanged</c> withdrawn). The caller commits.
/// </summary>
internal static class TestimonialWithdrawal
{
    public static async Task WithdrawAsync(
        IDbContextOutbox<ContentDbContext> outbox, ModerationLog log, Testimonial testimonial, string action, DateTimeOffset now, CancellationToken ct)
    {
        testimonial.Status = TestimonialStatus.Withdrawn;
        testimonial.Featured = false;
        testimonial.UpdatedAt = now;
        testimonial.Version++;
        var consents = await outbox.DbContext.TestimonialConsents
            .Where(c => c.TestimonialId == testimonial.Id && c.WithdrawnAt == null)
            .ToListAsync(ct);
        foreach (var consent in consents)
        {
            consent.WithdrawnAt = now;
        }

        log.Record(action, ModerationTargets.Testimonial, testimonial.Id);
        await outbox.PublishAsync(TestimonialNotices.Changed(testimonial, TestimonialStatuses.Withdrawn, null, now));
    }
}
