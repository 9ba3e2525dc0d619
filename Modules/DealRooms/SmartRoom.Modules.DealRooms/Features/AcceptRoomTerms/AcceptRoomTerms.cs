using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.AcceptRoomTerms;

/// <summary>
/// A member accepts the room's current terms. When <see cref="Sha256"/> (from <c>GET …/terms</c>) is sent it
/// must be the current text's, so nobody accepts a text that changed under them. Recorded with time, IP address and browser.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.Member)]
internal sealed record AcceptRoomTerms(Guid RoomId, string? Sha256) : ICommand<Result<TermsView>>, IRoomRequest;
