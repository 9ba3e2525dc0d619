using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.UpdateBreach;

internal static class UpdateBreachEndpoint
{
    public static void Map(IEndpointRouteBuilder breaches) =>
        breaches.MapPost("/{breachId:guid}/updates", async (Guid breachId, UpdateBreachBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new UpdateBreach(breachId, body.DetectedAt, body.AwareAt, body.Nature, body.Categories, body.ApproxSubjects,
                    body.ApproxRecords, body.Consequences, body.Measures, body.DpoContact, body.Role, body.Notifiable, body.NotNotifiableReason,
                    body.RoomId, body.Note), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("UpdateBreach")
            .WithSummary("A phased update: the fields that changed and a note; the breach's history keeps every earlier state.")
            .Produces<BreachView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
