namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>A set of members (e.g. "Bidder A"); groups never see each other.</summary>
internal sealed class Group
{
    public Guid Id { get; init; }

    public Guid RoomId { get; init; }

    public required string Name { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
