using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Content.Features.WithdrawConsentedTestimonials;

internal sealed class WithdrawConsentedTestimonialsHandler(IDbContextOutbox<ContentDbContext> outbox, ModerationLog log, TimeProvider clock)
    : ICommandHandler<WithdrawConsentedTestimonials, Result<int>>
{
    public async ValueTask<Result<int>> Handle(WithdrawConsentedTestimonials command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var testimonials = await db.Testimonials
            .Where(t => t.AuthorId == command.UserId && t.Status != TestimonialStatus.Withdrawn)
            .ToListAsync(cancellationToken);
        var ids = testimonials.Select(t => t.Id).ToList();
        var consentedAt = (await db.TestimonialConsents.AsNoTracking().Where(c => ids.Contains(c.TestimonialId))
                .Select(c => new { c.TestimonialId, c.GivenAt }).ToListAsync(cancellationToken))
            .GroupBy(c => c.TestimonialId)
            .ToDictionary(g => g.Key, g => g.Max(c => c.GivenAt));

        var now = clock.GetUtcNow();
        var withdrawn = 0;
        foreach (var testimonial in testimonials.Where(t => !consentedAt.TryGetValue(t.Id, out var given) || given <= command.WithdrawnAt))
        {
            await TestimonialWithdrawal.WithdrawAsync(outbox, log, testimonial, ModerationActions.TestimonialConsentWithdrawn, now, cancellationToken);
            withdrawn++;
        }

        if (withdrawn > 0)
        {
            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        }

        return withdrawn;
    }
}
