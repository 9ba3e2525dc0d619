namespace SmartRoom.Modules.Messaging.Pipeline;

/// <summary>
/// A request that names a room but does not enter it before its handler runs, with the reason (e.g. a DealRooms
/// event keeping Messaging's copy of membership current: no person is acting).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class EntersNoRoomAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
