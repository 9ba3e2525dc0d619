namespace SmartRoom.Modules.DealRooms.Domain;

internal sealed record TreeDocument(Guid Id, Guid FolderId, string Name, string Index, int Version, AccessLevel Level);
