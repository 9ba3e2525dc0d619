using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.DealRooms.Contracts;

/// <summary>
/// In-process question to DealRooms (sent with Wolverine's <c>InvokeAsync&lt;RoomAccessList&gt;</c>): who acted in
/// room <paramref name="RoomId"/> between <paramref name="From"/> (inclusive) and <paramref name="To"/> (exclusive),
/// as its audit trail records it? Privacy asks it to pick the people a breach affects.
/// </summary>
[MessageIdentity("dealrooms.find-room-access.v1")]
public sealed record FindRoomAccess(Guid RoomId, DateTimeOffset From, DateTimeOffset To);
