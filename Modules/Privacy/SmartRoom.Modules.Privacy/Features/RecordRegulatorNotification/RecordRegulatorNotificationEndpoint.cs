using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.RecordRegulatorNotification;

internal static class RecordRegulatorNotificationEndpoint
{
    public static void Map(IEndpointRouteBuilder breaches) =>
        breaches.MapPost("/{breachId:guid}/regulator-notification",
                async (Guid breachId, RecordRegulatorNotificationBody body, ISender sender, CancellationToken ct) =>
                    (await sender.Send(new RecordRegulatorNotification(breachId, body.NotifiedAt, body.Reference, body.Authority), ct))
                    .ToHttp(r => TypedResults.Ok(r)))
            .WithName("RecordRegulatorNotification")
            .WithSummary("Record when, under which reference and to which authority the breach was notified; the clock stops.")
            .Produces<BreachView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
