namespace SmartRoom.Modules.DealRooms.Features.GetDocumentsReport;

internal static class GetDocumentsReportEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/reports/documents", async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetDocumentsReport(roomId), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("GetDocumentsReport")
            .WithSummary("Managers: every document in tree order with distinct member viewers, views, downloads and last member activity.")
            .Produces<DocumentsReport>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
