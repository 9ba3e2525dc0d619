using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Domain;
using SmartRoom.Modules.DealRooms.Persistence;

namespace SmartRoom.Modules.DealRooms.Features.Folders;

/// <summary>A manager deletes an empty folder, or with <c>recursive</c> a folder and everything under it.</summary>
[RequiresUser]
internal sealed record DeleteFolder(Guid RoomId, Guid FolderId, bool Recursive) : ICommand<Result<Done>>;

internal sealed class DeleteFolderHandler(RoomAccess access, DealRoomsDbContext db, AuditTrail audit) : ICommandHandler<DeleteFolder, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(DeleteFolder command, CancellationToken cancellationToken)
    {
        var entered = await access.EnterToChangeAsync(command.RoomId, cancellationToken);
        if (!entered.IsSuccess)
        {
            return entered.Error;
        }

        var folders = await db.Folders.Where(f => f.RoomId == command.RoomId).ToListAsync(cancellationToken);
        var folder = folders.SingleOrDefault(f => f.Id == command.FolderId);
        if (folder is null)
        {
            return Error.NotFound("folder");
        }

        var doomed = new List<Folder>();
        var stack = new Stack<Folder>([folder]);
        while (stack.TryPop(out var current))
        {
            doomed.Add(current);
            foreach (var child in folders.Where(f => f.ParentId == current.Id))
            {
                stack.Push(child);
            }
        }

        if (doomed.Count > 1 && !command.Recursive)
        {
            return Error.Conflict("folder-not-empty", "The folder is not empty; delete it with ?recursive=true.");
        }

        db.Folders.RemoveRange(doomed);
        FolderNumbering.Renumber(folders.Except(doomed).ToList());
        await audit.AppendAsync(command.RoomId, ActorKind.Manager, "folder.deleted", "folder", folder.Id.ToString(),
            new { folder.Name, folder.Index, folders = doomed.Count }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Done.Value;
    }
}

internal static class DeleteFolderEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapDelete("/{roomId:guid}/folders/{folderId:guid}", async (Guid roomId, Guid folderId, bool? recursive, ISender sender, CancellationToken ct) =>
                (await sender.Send(new DeleteFolder(roomId, folderId, recursive == true), ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithName("DeleteFolder")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
