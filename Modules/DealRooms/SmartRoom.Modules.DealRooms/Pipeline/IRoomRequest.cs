namespace SmartRoom.Modules.DealRooms.Pipeline;

/// <summary>
/// A request that acts inside one room. It also says how it enters with <see cref="EntersRoomAttribute"/>;
/// <see cref="RoomEntryBehavior{TMessage, TResponse}"/> enters before the handler runs.
/// </summary>
internal interface IRoomRequest
{
    Guid RoomId { get; }
}
