using SmartRoom.Modules.Content.Views;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// Marketing's decisions on a testimonial, made one way: the testimonial as read (<c>version</c>, when sent, must be
/// the current one; a concurrent moderator's change in between is caught by the version column), the move allowed
/// from its status (else 409 <c>invalid-transition</c>), the change with its moderation record and, where the author is
/// told, <c>TestimonialStatusChanged</c>, all committed together through the outbox.
/// </summary>
internal sealed class TestimonialDecisions(IDbContextOutbox<ContentDbContext> outbox, ModerationLog log, TimeProvider clock)
{
    public async Task<Result<ModerationTestimonialView>> DecideAsync(
        Guid id, int? version, TestimonialDecision decision, CancellationToken ct)
    {
        var db = outbox.DbContext;
        if (await db.Testimonials.SingleOrDefaultAsync(t => t.Id == id, ct) is not { } testimonial)
        {
            return TestimonialErrors.NotFound;
        }

        if (!TestimonialTransitions.IsCurrent(testimonial, version))
        {
            return TestimonialErrors.StaleVersion;
        }

        if (!decision.Allowed(testimonial.Status))
        {
            return TestimonialErrors.InvalidTransition(testimonial.Status, decision.Verb);
        }

        var now = clock.GetUtcNow();
        decision.Apply(testimonial, now);
        testimonial.UpdatedAt = now;
        testimonial.Version++;
        log.Record(decision.Action, ModerationTargets.Testimonial, testimonial.Id, decision.Reason);
        if (decision.Announced is { } status)
        {
            await outbox.PublishAsync(TestimonialNotices.Changed(testimonial, status, decision.Reason, now));
        }

        try
        {
            await outbox.SaveChangesAndFlushMessagesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TestimonialErrors.StaleVersion;
        }

        return (await ModerationTestimonialView.ForAsync(db, [testimonial], ct))[0];
    }
}
