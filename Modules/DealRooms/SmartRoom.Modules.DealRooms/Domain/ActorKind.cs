namespace SmartRoom.Modules.DealRooms.Domain;

internal enum ActorKind
{
    Member,
    Manager,
    Support,
    System,
}
