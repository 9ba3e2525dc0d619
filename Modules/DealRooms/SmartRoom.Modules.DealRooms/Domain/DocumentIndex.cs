using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Wolverine.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.DealRooms.Documents;
using SmartRoom.Modules.DealRooms.Persistence;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>A document's index: its folder's, then its place after the folder's subfolders.</summary>
internal static class DocumentIndex
{
    public static async Task<string> OfAsync(DealRoomsDbContext db, Folder folder, int position, CancellationToken ct) =>
        $"{folder.Index}.{await db.Folders.CountAsync(f => f.ParentId == folder.Id, ct) + position}";
}
