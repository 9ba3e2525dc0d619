using System.Text;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.SetRoomTerms;

internal static class SetRoomTermsEndpoint
{
    internal sealed record Body(string Text);

    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapPut("/{roomId:guid}/terms", async (Guid roomId, Body body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new SetRoomTerms(roomId, body.Text), ct)).ToHttp(t => TypedResults.Ok(t)))
            .WithName("SetRoomTerms")
            .WithSummary("Set the terms (NDA) members must accept before opening content; a new text needs new acceptance.")
            .Produces<TermsView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
