using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.ListRoomAccessors;

/// <summary>
/// The members whose audited actions in a room fall between two times (from inclusive, to exclusive), and the
/// room's current managers: asked by Privacy to pick the people a breach affects.
/// </summary>
[EntersNoRoom("Asked by Privacy for a breach register entry, outside any member's request.")]
internal sealed record ListRoomAccessors(Guid RoomId, DateTimeOffset From, DateTimeOffset To) : IQuery<Result<RoomAccessList>>;
