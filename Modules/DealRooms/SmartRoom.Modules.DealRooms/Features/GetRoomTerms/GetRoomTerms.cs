using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.GetRoomTerms;

/// <summary>The room's current terms and when the caller accepted them (not gated: they must be readable to be accepted).</summary>
[RequiresUser]
[EntersRoom(RoomEntry.Member)]
internal sealed record GetRoomTerms(Guid RoomId) : IQuery<Result<TermsView>>, IRoomRequest;
