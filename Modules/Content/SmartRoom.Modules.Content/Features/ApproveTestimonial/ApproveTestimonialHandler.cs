using SmartRoom.Modules.Content.Contracts;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.ApproveTestimonial;

internal sealed class ApproveTestimonialHandler(TestimonialDecisions decisions) : ICommandHandler<ApproveTestimonial, Result<ModerationTestimonialView>>
{
    private static readonly TestimonialDecision Approve = new(
        TestimonialTransitions.CanApprove, "approved",
        (t, now) =>
        {
            t.Status = TestimonialStatus.Approved;
            t.Reason = null;
            t.PublishedAt = now;
        },
        ModerationActions.TestimonialApproved, TestimonialStatuses.Approved);

    public async ValueTask<Result<ModerationTestimonialView>> Handle(ApproveTestimonial command, CancellationToken cancellationToken) =>
        await decisions.DecideAsync(command.Id, command.Version, Approve, cancellationToken);
}
