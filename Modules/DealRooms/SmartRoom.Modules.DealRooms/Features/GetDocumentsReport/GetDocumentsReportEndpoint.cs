using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.GetDocumentsReport;

internal static class GetDocumentsReportEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapRoomQuery("/{roomId:guid}/reports/documents", roomId => new GetDocumentsReport(roomId), StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound)
            .WithName("GetDocumentsReport")
            .WithSummary("Managers: every document in tree order with distinct member viewers, views, downloads and last member activity.");
}
