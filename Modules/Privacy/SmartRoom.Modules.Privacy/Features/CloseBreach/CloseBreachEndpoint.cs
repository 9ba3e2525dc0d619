using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.CloseBreach;

internal static class CloseBreachEndpoint
{
    public static void Map(IEndpointRouteBuilder breaches) =>
        breaches.MapPost("/{breachId:guid}/close", async (Guid breachId, CloseBreachBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new CloseBreach(breachId, body.Outcome, body.DelayReason), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("CloseBreach")
            .WithSummary("Close the breach with its outcome; a notifiable breach notified late (or never) needs delayReason (409 delay-reason-required).")
            .Produces<BreachView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
