namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>A grant of a level to a group on one folder or one document (never both).</summary>
internal sealed class Permission
{
    public Guid Id { get; init; }

    public Guid RoomId { get; init; }

    public Guid GroupId { get; init; }

    public Guid? FolderId { get; init; }

    public Guid? DocumentId { get; init; }

    public AccessLevel Level { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
