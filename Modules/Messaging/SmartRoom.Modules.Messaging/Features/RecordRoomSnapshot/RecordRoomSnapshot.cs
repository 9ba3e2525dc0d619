using SmartRoom.Modules.DealRooms.Contracts;

namespace SmartRoom.Modules.Messaging.Features.RecordRoomSnapshot;

/// <summary>
/// Rebuilds Messaging's copy of one room from DealRooms' snapshot of it (rooms older than Messaging, or a copy
/// being repaired): each fact is applied like an event of the snapshot's moment, so newer facts stay.
/// </summary>
internal sealed record RecordRoomSnapshot(RoomMembershipSnapshotTaken Snapshot) : ICommand<Result<Done>>;
