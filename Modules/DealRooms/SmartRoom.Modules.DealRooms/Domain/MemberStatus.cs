namespace SmartRoom.Modules.DealRooms.Domain;

internal enum MemberStatus
{
    Active,
    Removed,
    Expired,
}
