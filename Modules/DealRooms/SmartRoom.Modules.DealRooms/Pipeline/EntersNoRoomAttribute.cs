namespace SmartRoom.Modules.DealRooms.Pipeline;

/// <summary>
/// A request that names a room but does not enter it before its handler runs, with the reason (e.g. an
/// invitation's token is what admits its holder, who is not a member yet).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class EntersNoRoomAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
