namespace SmartRoom.Modules.DealRooms.Domain;

internal sealed record TreeFolder(Guid Id, Guid? ParentId, string Name, string Index, int Position, AccessLevel Level);
