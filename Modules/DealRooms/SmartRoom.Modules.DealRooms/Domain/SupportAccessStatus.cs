namespace SmartRoom.Modules.DealRooms.Domain;

internal enum SupportAccessStatus
{
    Pending,
    Approved,
    Denied,
    Revoked,
}
