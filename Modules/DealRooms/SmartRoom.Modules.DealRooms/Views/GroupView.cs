namespace SmartRoom.Modules.DealRooms.Views;

internal sealed record GroupView(Guid Id, string Name, int Members, DateTimeOffset CreatedAt);
