namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>A document in a folder; its content lives in versions. Its index follows its folder's ("1.2.3").</summary>
internal sealed class Document
{
    public Guid Id { get; init; }

    public Guid RoomId { get; init; }

    public Guid FolderId { get; set; }

    public required string Name { get; set; }

    /// <summary>1-based place among the folder's documents (after its subfolders in the numbering).</summary>
    public int Position { get; set; }

    public int CurrentVersion { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public Guid CreatedBy { get; init; }
}
