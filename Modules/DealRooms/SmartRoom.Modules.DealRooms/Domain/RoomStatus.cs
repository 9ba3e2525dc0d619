namespace SmartRoom.Modules.DealRooms.Domain;

internal enum RoomStatus
{
    Draft,
    Active,
    Closed,
    Archived,
}
