using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.DealRooms.Contracts;

/// <summary>
/// A module that keeps its own copy of room membership asks DealRooms for the membership of every room
/// (<paramref name="RoomId"/> null) or of one room: rooms made before that module was deployed would be missed by
/// the membership events alone. DealRooms answers with one <see cref="RoomMembershipSnapshotTaken"/> per room,
/// published in batches. Sent durably; answering twice is harmless (a snapshot only restates the rooms).
/// </summary>
[MessageIdentity("dealrooms.replay-room-memberships.v1")]
public sealed record ReplayRoomMemberships(Guid RequestId, string RequestedBy, Guid? RoomId = null);
