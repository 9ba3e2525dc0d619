namespace SmartRoom.Modules.Messaging.Pipeline;

/// <summary>
/// The room the current request entered (scoped): set by <see cref="RoomEntryBehavior{TMessage, TResponse}"/>
/// before the handler of an <see cref="IRoomRequest"/> runs.
/// </summary>
internal sealed class EnteredRoom
{
    private RoomParticipant? _participant;

    public RoomParticipant Participant
    {
        get => _participant ?? throw new InvalidOperationException("No room was entered: the request must be an IRoomRequest declaring [EntersRoom].");
        internal set => _participant = value;
    }
}
