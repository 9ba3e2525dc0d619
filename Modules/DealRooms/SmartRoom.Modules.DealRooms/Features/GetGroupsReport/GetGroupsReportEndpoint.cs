using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.GetGroupsReport;

internal static class GetGroupsReportEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapRoomQuery("/{roomId:guid}/reports/groups", roomId => new GetGroupsReport(roomId), StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound)
            .WithName("GetGroupsReport")
            .WithSummary("Managers: each group's active members and the share of documents it may view and download and of folders it sees.");
}
