namespace SmartRoom.Modules.DealRooms.Features.PublishRoomSnapshots;

/// <summary>
/// Answers <c>ReplayRoomMemberships</c>: one <c>RoomMembershipSnapshotTaken</c> per room (every room, or the one
/// <paramref name="RoomId"/> names), in batches of <paramref name="BatchSize"/> rooms read by key, each batch committed
/// with its events through the outbox. Writes nothing of its own: an interrupted replay is simply answered again.
/// </summary>
internal sealed record PublishRoomSnapshots(Guid RequestId, Guid? RoomId = null, int BatchSize = 100) : ICommand<Result<int>>;
