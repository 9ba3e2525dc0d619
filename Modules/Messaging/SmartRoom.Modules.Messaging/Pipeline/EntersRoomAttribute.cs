namespace SmartRoom.Modules.Messaging.Pipeline;

/// <summary>
/// How an <see cref="IRoomRequest"/> enters its room. <see cref="AllowSupport"/> admits support staff whose live grant
/// lets them read messages (read-only uses); <see cref="NotFoundAs"/> names what a caller who cannot enter is told
/// was not found ("conversation") instead of the room.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class EntersRoomAttribute(RoomEntry entry) : Attribute
{
    public RoomEntry Entry { get; } = entry;

    public bool AllowSupport { get; init; }

    public string? NotFoundAs { get; init; }
}
