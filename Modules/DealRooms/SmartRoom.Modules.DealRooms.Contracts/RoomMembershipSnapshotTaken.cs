using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.DealRooms.Contracts;

/// <summary>
/// A room's membership as it stood at <paramref name="OccurredAt"/>, in answer to <see cref="ReplayRoomMemberships"/>
/// (<paramref name="RequestId"/>): status (<see cref="RoomStatusNames"/>), IP allow-list (CIDR ranges, one per line;
/// empty admits every address), every member ever admitted (removed ones with <see cref="RoomMemberState.RemovedAt"/>),
/// its groups and the support grants still running. A subscriber treats it like the membership events of that
/// moment: facts it holds from a newer event stay.
/// </summary>
[MessageIdentity("dealrooms.room-membership-snapshot-taken.v1")]
public sealed record RoomMembershipSnapshotTaken(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RequestId,
    Guid RoomId,
    string RoomName,
    string Status,
    string IpAllowList,
    IReadOnlyList<RoomMemberState> Members,
    IReadOnlyList<RoomGroupState> Groups,
    IReadOnlyList<SupportGrantState> SupportGrants) : IIntegrationEvent;

/// <summary>One member in a <see cref="RoomMembershipSnapshotTaken"/>: <paramref name="Role"/> is Manager, Contributor or Viewer.</summary>
public sealed record RoomMemberState(
    Guid UserId, string Email, string DisplayName, string Role, Guid? GroupId, DateTimeOffset? AccessExpiresAt, DateTimeOffset? RemovedAt);

/// <summary>One group of a room.</summary>
public sealed record RoomGroupState(Guid GroupId, string Name);

/// <summary>A support grant still running when the snapshot was taken.</summary>
public sealed record SupportGrantState(Guid RequestId, RoomRecipient Support, DateTimeOffset ExpiresAt, bool MayReadMessages);
