namespace SmartRoom.Modules.DealRooms.Pipeline;

/// <summary>
/// How an <see cref="IRoomRequest"/> enters its room. <see cref="AllowSupport"/> admits support staff holding a
/// live grant (read-only uses); <see cref="NotFoundAs"/> names what a caller who cannot enter is told was not
/// found ("document": 404 "The document was not found.") instead of the room.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class EntersRoomAttribute(RoomEntry entry) : Attribute
{
    public RoomEntry Entry { get; } = entry;

    public bool AllowSupport { get; init; }

    public string? NotFoundAs { get; init; }
}
