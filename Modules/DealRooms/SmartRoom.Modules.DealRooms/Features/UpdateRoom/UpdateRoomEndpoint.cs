using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.UpdateRoom;

internal static class UpdateRoomEndpoint
{
    internal sealed record Body(string? Name, string? Description, IReadOnlyList<string>? IpAllowList, bool? WatermarkDownloads);

    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapPatch("/{roomId:guid}", async (Guid roomId, Body body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new UpdateRoom(roomId, body.Name, body.Description, body.IpAllowList, body.WatermarkDownloads), ct))
                .ToHttp(r => TypedResults.Ok(r)))
            .WithName("UpdateDealRoom")
            .WithSummary("Rename, describe, restrict to IP ranges (non-managers) or watermark downloads; omitted fields stay.")
            .Produces<RoomDetails>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
