using System.Security.Cryptography;
using System.Text;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Domain;
using SmartRoom.Modules.DealRooms.Persistence;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Views;

/// <summary>The room's terms as members read them; <see cref="Sha256"/> is what an acceptance binds to.</summary>
internal sealed record TermsView(string Text, int Version, string Sha256, DateTimeOffset UpdatedAt, DateTimeOffset? AcceptedAt);
