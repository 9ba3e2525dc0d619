namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>A room's group (bidders, advisers…), copied from DealRooms' events.</summary>
internal sealed class GroupCopy
{
    public Guid RoomId { get; init; }

    public Guid GroupId { get; init; }

    public string Name { get; set; } = "";
}
