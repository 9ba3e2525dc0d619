using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.ListQaExperts;

internal static class ListQaExpertsEndpoint
{
    public static void Map(IEndpointRouteBuilder qa) =>
        qa.MapGet("/experts", async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListQaExperts(roomId), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("ListQaExperts")
            .WithSummary("Managers: the room's Q&A experts, their categories, and whether each is an active member.")
            .Produces<IReadOnlyList<QaExpertView>>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
