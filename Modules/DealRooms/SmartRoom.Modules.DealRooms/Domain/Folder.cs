namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>A folder of the room's numbered tree: <see cref="Index"/> is "1", "1.2", "1.2.3", renumbered on every move.</summary>
internal sealed class Folder
{
    public Guid Id { get; init; }

    public Guid RoomId { get; init; }

    public Guid? ParentId { get; set; }

    public required string Name { get; set; }

    /// <summary>1-based place among its siblings.</summary>
    public int Position { get; set; }

    public string Index { get; set; } = "";

    public DateTimeOffset CreatedAt { get; init; }
}
