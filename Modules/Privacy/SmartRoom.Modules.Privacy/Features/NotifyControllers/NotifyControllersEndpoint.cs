using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.NotifyControllers;

internal static class NotifyControllersEndpoint
{
    public static void Map(IEndpointRouteBuilder breaches) =>
        breaches.MapPost("/{breachId:guid}/notify-controllers", async (Guid breachId, NotifyControllersBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new NotifyControllers(breachId, body.Message), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("NotifyBreachControllers")
            .WithSummary("Email the managers of the client room the breach concerns (its controllers), each once.")
            .Produces<NoticesSent>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
