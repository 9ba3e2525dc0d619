using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.CreateGroup;

internal static class CreateGroupEndpoint
{
    internal sealed record Body(string Name);

    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapPost("/{roomId:guid}/groups", async (Guid roomId, Body body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new CreateGroup(roomId, body.Name), ct)).ToHttp(g => TypedResults.Created($"/api/deal-rooms/{roomId}/groups/{g.Id}", g)))
            .WithName("CreateGroup")
            .Produces<GroupView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
