namespace SmartRoom.Modules.DealRooms.Views;

internal sealed record RoomView(Guid Id, string Name, string Description, RoomStatus Status, RoomRole MyRole, DateTimeOffset CreatedAt);
