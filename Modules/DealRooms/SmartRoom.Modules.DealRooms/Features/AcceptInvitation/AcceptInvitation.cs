using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.AcceptInvitation;

/// <summary>
/// The invited person, signed in with the invited (confirmed) email, joins the room. Expired, revoked or
/// used links answer 410 with a problem type saying which; a token that matches nothing, or someone
/// else's invitation, answers 404.
/// </summary>
[RequiresUser]
internal sealed record AcceptInvitation(string Token) : ICommand<Result<RoomView>>;
