using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.DealRooms.Features.ListRoomAudit;

internal static class ListRoomAuditEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/audit", async (Guid roomId, Guid? actorId, string? action, Guid? documentId, string? actorKind,
                DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListRoomAudit(roomId, actorId, action, documentId, actorKind, from, to, page ?? 1, pageSize ?? 100), ct))
                .ToHttp(r => TypedResults.Ok(r)))
            .WithName("ListRoomAudit")
            .WithSummary("Managers: the room's records in seq order, filtered by actor, action, document, actor kind and time [from, to).")
            .Produces<Paged<AuditEntryView>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
