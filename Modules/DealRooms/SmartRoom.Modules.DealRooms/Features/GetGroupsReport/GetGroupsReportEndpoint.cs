namespace SmartRoom.Modules.DealRooms.Features.GetGroupsReport;

internal static class GetGroupsReportEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/reports/groups", async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetGroupsReport(roomId), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("GetGroupsReport")
            .WithSummary("Managers: each group's active members and the share of documents it may view and download and of folders it sees.")
            .Produces<GroupsReport>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
