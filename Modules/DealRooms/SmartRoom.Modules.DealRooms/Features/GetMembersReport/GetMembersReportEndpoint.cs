namespace SmartRoom.Modules.DealRooms.Features.GetMembersReport;

internal static class GetMembersReportEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/reports/members", async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetMembersReport(roomId), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("GetMembersReport")
            .WithSummary("Managers: every member (active, removed, expired) with last visit, documents viewed, views, downloads, bytes and terms accepted.")
            .Produces<MembersReport>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
