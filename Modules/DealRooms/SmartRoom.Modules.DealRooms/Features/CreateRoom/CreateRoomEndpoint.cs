using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.CreateRoom;

internal static class CreateRoomEndpoint
{
    internal sealed record Body(string Name, string? Description);

    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapPost("", async (Body body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new CreateRoom(body.Name, body.Description), ct)).ToHttp(r => TypedResults.Created($"/api/deal-rooms/{r.Id}", r)))
            .WithName("CreateDealRoom")
            .WithSummary("Open a room (platform role Manager); you become its manager.")
            .Produces<RoomView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
