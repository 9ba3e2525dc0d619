namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>A member entered a room at <paramref name="At"/>.</summary>
internal sealed record MemberSeen(Guid RoomId, Guid UserId, DateTimeOffset At);
