using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.GetRoomTerms;

internal static class GetRoomTermsEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/terms", async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetRoomTerms(roomId), ct)).ToHttp(t => TypedResults.Ok(t)))
            .WithName("GetRoomTerms")
            .Produces<TermsView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
