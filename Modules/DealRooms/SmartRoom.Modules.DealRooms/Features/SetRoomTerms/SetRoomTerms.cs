using System.Text;
using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.SetRoomTerms;

/// <summary>
/// A manager sets the room's terms (an NDA, say). From then on members open no content until they accept
/// this exact text; a changed text needs accepting again. Setting the same text again changes nothing.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.ManagerToChange)]
internal sealed record SetRoomTerms(Guid RoomId, string Text) : ICommand<Result<TermsView>>, IRoomRequest;
