namespace SmartRoom.Modules.DealRooms.Pipeline;

/// <summary>
/// The room the current request entered (scoped): set by <see cref="RoomEntryBehavior{TMessage, TResponse}"/>
/// before the handler of an <see cref="IRoomRequest"/> runs.
/// </summary>
internal sealed class EnteredRoom
{
    private RoomContext? _context;

    /// <summary>The caller inside the room: membership or support grant, role, and how the audit trail flags them.</summary>
    public RoomContext Context
    {
        get => _context ?? throw new InvalidOperationException("No room was entered: the request must be an IRoomRequest declaring [EntersRoom].");
        internal set => _context = value;
    }
}
