using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Domain;
using SmartRoom.Modules.DealRooms.Persistence;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Views;

/// <summary>The room's terms as they stand, and whether the caller has accepted this exact text.</summary>
internal sealed record RoomTermsState(int Version, string Sha256, DateTimeOffset? UpdatedAt, bool Accepted, DateTimeOffset? AcceptedAt);
