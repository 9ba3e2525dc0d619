namespace SmartRoom.Modules.DealRooms.Views;

internal sealed record DocumentView(Guid Id, Guid FolderId, string Name, string Index, int Version, long Size, string Sha256, string ContentType);
