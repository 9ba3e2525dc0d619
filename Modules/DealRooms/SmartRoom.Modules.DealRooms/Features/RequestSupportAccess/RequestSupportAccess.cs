using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.RequestSupportAccess;

/// <summary>
/// Support staff ask to enter a room, saying why. They cannot enter until one of its managers approves;
/// the managers are told. One open request per person and room.
/// </summary>
[RequiresRole(PlatformRoles.Support)]
[EntersNoRoom("Support staff ask for a grant to a room they cannot enter yet.")]
internal sealed record RequestSupportAccess(Guid RoomId, string Reason) : ICommand<Result<SupportAccessView>>;
