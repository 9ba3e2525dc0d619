using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.CreateRoom;

/// <summary>A Manager (platform role) opens a room in Draft and becomes its first room manager.</summary>
[RequiresRole(PlatformRoles.Manager)]
internal sealed record CreateRoom(string Name, string? Description) : ICommand<Result<RoomView>>;
