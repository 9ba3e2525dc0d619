using SmartRoom.Modules.Content.Contracts;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.RejectTestimonial;

internal sealed class RejectTestimonialHandler(TestimonialDecisions decisions) : ICommandHandler<RejectTestimonial, Result<ModerationTestimonialView>>
{
    public async ValueTask<Result<ModerationTestimonialView>> Handle(RejectTestimonial command, CancellationToken cancellationToken)
    {
        var reason = command.Reason!.Trim();
        var decision = new TestimonialDecision(
            TestimonialTransitions.CanReject, "rejected",
            (t, _) =>
            {
                t.Status = TestimonialStatus.Rejected;
                t.Reason = reason;
            },
            ModerationActions.TestimonialRejected, TestimonialStatuses.Rejected, reason);
        return await decisions.DecideAsync(command.Id, command.Version, decision, cancellationToken);
    }
}
