using SmartRoom.Modules.Content.Views;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Content.Features.WithdrawTestimonial;

internal sealed class WithdrawTestimonialHandler(IDbContextOutbox<ContentDbContext> outbox, ModerationLog log, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<WithdrawTestimonial, Result<MyTestimonialView>>
{
    public async ValueTask<Result<MyTestimonialView>> Handle(WithdrawTestimonial command, CancellationToken cancellationToken)
    {
        var me = caller.Id!.Value;
        if (await outbox.DbContext.Testimonials.SingleOrDefaultAsync(t => t.Id == command.Id && t.AuthorId == me, cancellationToken) is not { } testimonial)
        {
            return TestimonialErrors.NotFound;
        }

        if (!TestimonialTransitions.CanWithdraw(testimonial.Status))
        {
            return TestimonialErrors.InvalidTransition(testimonial.Status, "withdrawn");
        }

        await TestimonialWithdrawal.WithdrawAsync(outbox, log, testimonial, ModerationActions.TestimonialWithdrawn, clock.GetUtcNow(), cancellationToken);
        try
        {
            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TestimonialErrors.StaleVersion;
        }

        return MyTestimonialView.From(testimonial);
    }
}
