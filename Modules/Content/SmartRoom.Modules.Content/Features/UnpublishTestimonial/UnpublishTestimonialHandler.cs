using SmartRoom.Modules.Content.Contracts;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.UnpublishTestimonial;

internal sealed class UnpublishTestimonialHandler(TestimonialDecisions decisions) : ICommandHandler<UnpublishTestimonial, Result<ModerationTestimonialView>>
{
    public async ValueTask<Result<ModerationTestimonialView>> Handle(UnpublishTestimonial command, CancellationToken cancellationToken)
    {
        var reason = command.Reason!.Trim();
        var decision = new TestimonialDecision(
            TestimonialTransitions.CanUnpublish, "unpublished",
            (t, _) =>
            {
                t.Status = TestimonialStatus.Unpublished;
                t.Reason = reason;
            },
            ModerationActions.TestimonialUnpublished, TestimonialStatuses.Unpublished, reason);
        return await decisions.DecideAsync(command.Id, command.Version, decision, cancellationToken);
    }
}
