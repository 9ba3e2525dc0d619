using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.GetGroupsReport;

/// <summary>
/// One group's reach into the tree: documents it may view (View or more) and download (Download or more),
/// folders it sees, each also as a percentage of the room's (one decimal; 0 when the room has none).
/// </summary>
internal sealed record GroupCoverage(
    Guid Id,
    string Name,
    int Members,
    int DocumentsTotal,
    int DocumentsViewable,
    int DocumentsDownloadable,
    int FoldersTotal,
    int FoldersVisible,
    double ViewablePercent,
    double DownloadablePercent,
    double FoldersVisiblePercent);

internal sealed record GroupsReport(Guid RoomId, DateTimeOffset GeneratedAt, IReadOnlyList<GroupCoverage> Groups);

/// <summary>Managers' "who can see what": each group's active members and its effective coverage of the tree.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.Manager)]
internal sealed record GetGroupsReport(Guid RoomId) : IQuery<Result<GroupsReport>>, IRoomRequest;
