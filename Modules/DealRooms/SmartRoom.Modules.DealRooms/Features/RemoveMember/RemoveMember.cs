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
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.RemoveMember;

/// <summary>A manager removes a member: their access ends with this request.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.Manager)]
internal sealed record RemoveMember(Guid RoomId, Guid UserId) : ICommand<Result<Done>>, IRoomRequest;
