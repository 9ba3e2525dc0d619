namespace SmartRoom.Modules.DealRooms.Features.Groups;

internal sealed record GroupView(Guid Id, string Name, int Members, DateTimeOffset CreatedAt);
