using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.ListRooms;

/// <summary>The caller's rooms with their room role (archived ones only where they manage).</summary>
[RequiresUser]
internal sealed record ListRooms : IQuery<Result<IReadOnlyList<RoomView>>>;
