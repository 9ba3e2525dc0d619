using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.GetMembersReport;

internal static class GetMembersReportEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapRoomQuery("/{roomId:guid}/reports/members", roomId => new GetMembersReport(roomId), StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound)
            .WithName("GetMembersReport")
            .WithSummary("Managers: every member (active, removed, expired) with last visit, documents viewed, views, downloads, bytes and terms accepted.");
}
