namespace SmartRoom.Modules.DealRooms.Views;

internal sealed record PermissionView(Guid GroupId, Guid? FolderId, Guid? DocumentId, AccessLevel Level, DateTimeOffset UpdatedAt);
