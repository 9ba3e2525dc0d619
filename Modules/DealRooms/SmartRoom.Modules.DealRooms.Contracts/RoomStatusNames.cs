namespace SmartRoom.Modules.DealRooms.Contracts;

/// <summary>
/// A room's statuses as its events carry them (<see cref="DealRoomStatusChanged.Status"/>,
/// <see cref="DealRoomStatusChanged.PreviousStatus"/>): stable text on the wire, for subscribers to match on.
/// </summary>
public static class RoomStatusNames
{
    public const string Draft = "Draft";
    public const string Active = "Active";
    public const string Closed = "Closed";
    public const string Archived = "Archived";
}
