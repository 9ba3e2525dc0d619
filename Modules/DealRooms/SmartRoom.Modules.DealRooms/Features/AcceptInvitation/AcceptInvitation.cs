using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Wolverine.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.DealRooms.Domain;
using SmartRoom.Modules.DealRooms.Persistence;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.AcceptInvitation;

/// <summary>
/// The invited person, signed in with the invited (confirmed) email, joins the room. Expired, revoked or
/// used links answer 410 with a problem type saying which; a token that matches nothing, or someone
/// else's invitation, answers 404.
/// </summary>
[RequiresUser]
internal sealed record AcceptInvitation(string Token) : ICommand<Result<RoomView>>;
