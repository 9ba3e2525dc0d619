namespace SmartRoom.Modules.DealRooms.Domain;

internal enum RoomRole
{
    Manager,
    Contributor,
    Viewer,
}
