using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.ArrangeTestimonial;

internal sealed class ArrangeTestimonialHandler(TestimonialDecisions decisions) : ICommandHandler<ArrangeTestimonial, Result<ModerationTestimonialView>>
{
    public async ValueTask<Result<ModerationTestimonialView>> Handle(ArrangeTestimonial command, CancellationToken cancellationToken)
    {
        var decision = new TestimonialDecision(
            TestimonialTransitions.CanEdit, "placed",
            (t, _) =>
            {
                t.Position = command.Position!.Value;
                t.Featured = command.Featured!.Value;
            },
            ModerationActions.TestimonialArranged, Announced: null,
            Reason: $"position {command.Position}{(command.Featured == true ? ", featured" : "")}");
        return await decisions.DecideAsync(command.Id, command.Version, decision, cancellationToken);
    }
}
