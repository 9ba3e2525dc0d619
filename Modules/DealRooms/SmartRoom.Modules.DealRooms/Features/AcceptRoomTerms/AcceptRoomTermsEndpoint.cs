using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.AcceptRoomTerms;

internal static class AcceptRoomTermsEndpoint
{
    internal sealed record Body(string? Sha256);

    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapPost("/{roomId:guid}/terms/accept", async (Guid roomId, Body? body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new AcceptRoomTerms(roomId, body?.Sha256), ct)).ToHttp(t => TypedResults.Ok(t)))
            .WithName("AcceptRoomTerms")
            .WithSummary("Accept the current terms (send the sha256 you read to be sure it is that text); recorded with time, IP address and browser.")
            .Produces<TermsView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
