namespace SmartRoom.Modules.Messaging.Pipeline;

/// <summary>
/// A Messaging request that acts inside one room. It also says how it enters with <see cref="EntersRoomAttribute"/>;
/// <see cref="RoomEntryBehavior{TMessage, TResponse}"/> enters (through Messaging's own copy of membership) before the handler runs.
/// </summary>
internal interface IRoomRequest
{
    Guid RoomId { get; }
}
