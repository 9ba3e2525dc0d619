namespace SmartRoom.Modules.DealRooms.Views;

internal sealed record FolderView(Guid Id, Guid? ParentId, string Name, string Index, int Position);
