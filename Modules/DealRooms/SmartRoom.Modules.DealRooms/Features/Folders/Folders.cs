using FluentValidation;
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

internal sealed record FolderView(Guid Id, Guid? ParentId, string Name, string Index, int Position);

internal static class FolderNameRules
{
    public static IRuleBuilderOptions<T, string> FolderName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(255)
            .Must(n => n is null || (!n.Any(char.IsControl) && n.IndexOfAny(['/', '\\']) < 0 && n.Trim() is not ("." or "..")))
            .WithMessage("A folder name has no slashes or control characters and is not '.' or '..'.");
}

/// <summary>A manager adds a folder at the end of its parent (or the root); the tree is renumbered.</summary>
[RequiresUser]
internal sealed record CreateFolder(Guid RoomId, string Name, Guid? ParentId) : ICommand<Result<FolderView>>;

internal sealed class CreateFolderValidator : AbstractValidator<CreateFolder>
{
    public CreateFolderValidator() => RuleFor(x => x.Name).FolderName();
}

internal sealed class CreateFolderHandler(RoomAccess access, DealRoomsDbContext db, AuditTrail audit, TimeProvider clock)
    : ICommandHandler<CreateFolder, Result<FolderView>>
{
    public async ValueTask<Result<FolderView>> Handle(CreateFolder command, CancellationToken cancellationToken)
    {
        var entered = await access.EnterToChangeAsync(command.RoomId, cancellationToken);
        if (!entered.IsSuccess)
        {
            return entered.Error;
        }

        var folders = await db.Folders.Where(f => f.RoomId == command.RoomId).ToListAsync(cancellationToken);
        if (command.ParentId is { } parentId && folders.All(f => f.Id != parentId))
        {
            return Error.NotFound("parent folder");
        }

        var name = command.Name.Trim();
        if (folders.Any(f => f.ParentId == command.ParentId && string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return Error.Conflict("folder-exists", $"There is already a folder named '{name}' here.");
        }

        var folder = new Folder
        {
            Id = Guid.CreateVersion7(),
            RoomId = command.RoomId,
            ParentId = command.ParentId,
            Name = name,
            Position = folders.Count(f => f.ParentId == command.ParentId) + 1,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Folders.Add(folder);
        FolderNumbering.Renumber([.. folders, folder]);
        await audit.AppendAsync(command.RoomId, ActorKind.Manager, "folder.created", "folder", folder.Id.ToString(),
            new { folder.Name, folder.ParentId, folder.Index }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new FolderView(folder.Id, folder.ParentId, folder.Name, folder.Index, folder.Position);
    }
}

/// <summary>Rename, move under another parent (or the root) and/or reorder among siblings; the tree is renumbered.</summary>
[RequiresUser]
internal sealed record UpdateFolder(Guid RoomId, Guid FolderId, string? Name, bool Move, Guid? ParentId, int? Position) : ICommand<Result<FolderView>>;

internal sealed class UpdateFolderValidator : AbstractValidator<UpdateFolder>
{
    public UpdateFolderValidator()
    {
        RuleFor(x => x.Name!).FolderName().When(x => x.Name is not null);
        RuleFor(x => x.Position).GreaterThanOrEqualTo(1);
    }
}

internal sealed class UpdateFolderHandler(RoomAccess access, DealRoomsDbContext db, AuditTrail audit) : ICommandHandler<UpdateFolder, Result<FolderView>>
{
    public async ValueTask<Result<FolderView>> Handle(UpdateFolder command, CancellationToken cancellationToken)
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

        var before = new { folder.Name, folder.ParentId, folder.Index };
        var parentId = command.Move ? command.ParentId : folder.ParentId;
        if (command.Move && parentId is { } target)
        {
            if (folders.All(f => f.Id != target))
            {
                return Error.NotFound("parent folder");
            }

            // A folder cannot move under itself or its own descendants.
            for (Guid? cursor = target; cursor is not null; cursor = folders.Single(f => f.Id == cursor).ParentId)
            {
                if (cursor == folder.Id)
                {
                    return Error.Validation("parentId", "A folder cannot be moved into itself or one of its subfolders.");
                }
            }
        }

        var name = command.Name?.Trim() ?? folder.Name;
        if (folders.Any(f => f.Id != folder.Id && f.ParentId == parentId && string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return Error.Conflict("folder-exists", $"There is already a folder named '{name}' there.");
        }

        folder.Name = name;
        var siblings = folders.Where(f => f.ParentId == parentId && f.Id != folder.Id).OrderBy(f => f.Position).ToList();
        var position = Math.Clamp(command.Position ?? (parentId == folder.ParentId ? folder.Position : siblings.Count + 1), 1, siblings.Count + 1);
        siblings.Insert(position - 1, folder);
        folder.ParentId = parentId;
        for (var i = 0; i < siblings.Count; i++)
        {
            siblings[i].Position = i + 1;
        }

        FolderNumbering.Renumber(folders);
        await audit.AppendAsync(command.RoomId, ActorKind.Manager, "folder.changed", "folder", folder.Id.ToString(),
            new { before, after = new { folder.Name, folder.ParentId, folder.Index } }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new FolderView(folder.Id, folder.ParentId, folder.Name, folder.Index, folder.Position);
    }
}

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

/// <summary>The room's numbered tree (folders and documents) as the caller may see it: managers all of it, members what their group may view.</summary>
[RequiresUser]
internal sealed record GetTree(Guid RoomId) : IQuery<Result<TreeView>>;

internal sealed class GetTreeHandler(RoomAccess access, RoomPermissions permissions, RoomTree tree, AuditTrail audit, DealRoomsDbContext db)
    : IQueryHandler<GetTree, Result<TreeView>>
{
    public async ValueTask<Result<TreeView>> Handle(GetTree query, CancellationToken cancellationToken)
    {
        var entered = await access.EnterForContentAsync(query.RoomId, allowSupport: true, cancellationToken);
        if (!entered.IsSuccess)
        {
            return entered.Error;
        }

        if (entered.Value.IsSupport)
        {
            // Support staff are on the record for everything they look at.
            await audit.AppendAsync(entered.Value, "tree.read", "room", query.RoomId.ToString(), new { }, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return await tree.BuildAsync(query.RoomId, await permissions.ForCallerAsync(entered.Value, cancellationToken), cancellationToken);
    }
}

/// <summary>"Preview as": the tree exactly as a group sees it, for a manager to check before opening the room.</summary>
[RequiresUser]
internal sealed record GetEffectiveAccess(Guid RoomId, Guid GroupId) : IQuery<Result<TreeView>>;

internal sealed class GetEffectiveAccessHandler(RoomAccess access, DealRoomsDbContext db, RoomPermissions permissions, RoomTree tree)
    : IQueryHandler<GetEffectiveAccess, Result<TreeView>>
{
    public async ValueTask<Result<TreeView>> Handle(GetEffectiveAccess query, CancellationToken cancellationToken)
    {
        var entered = await access.EnterAsManagerAsync(query.RoomId, cancellationToken);
        if (!entered.IsSuccess)
        {
            return entered.Error;
        }

        if (!await db.Groups.AnyAsync(g => g.Id == query.GroupId && g.RoomId == query.RoomId, cancellationToken))
        {
            return Error.NotFound("group");
        }

        return await tree.BuildAsync(query.RoomId, await permissions.ForGroupAsync(query.RoomId, query.GroupId, cancellationToken), cancellationToken);
    }
}

internal static class FolderEndpoints
{
    internal sealed record CreateBody(string Name, Guid? ParentId);

    internal sealed record UpdateBody(string? Name, bool Move, Guid? ParentId, int? Position);

    public static void Map(IEndpointRouteBuilder rooms)
    {
        rooms.MapPost("/{roomId:guid}/folders", async (Guid roomId, CreateBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new CreateFolder(roomId, body.Name, body.ParentId), ct)).ToHttp(f => TypedResults.Created($"/api/deal-rooms/{roomId}/folders/{f.Id}", f)))
            .WithName("CreateFolder")
            .Produces<FolderView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        rooms.MapPatch("/{roomId:guid}/folders/{folderId:guid}", async (Guid roomId, Guid folderId, UpdateBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new UpdateFolder(roomId, folderId, body.Name, body.Move, body.ParentId, body.Position), ct)).ToHttp(f => TypedResults.Ok(f)))
            .WithName("UpdateFolder")
            .WithSummary("Rename ({name}), move ({move:true, parentId}) or reorder ({position}) a folder.")
            .Produces<FolderView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        rooms.MapDelete("/{roomId:guid}/folders/{folderId:guid}", async (Guid roomId, Guid folderId, bool? recursive, ISender sender, CancellationToken ct) =>
                (await sender.Send(new DeleteFolder(roomId, folderId, recursive == true), ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithName("DeleteFolder")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        rooms.MapGet("/{roomId:guid}/tree", async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetTree(roomId), ct)).ToHttp(t => TypedResults.Ok(t)))
            .WithName("GetTree")
            .WithSummary("{folders, documents} with index numbers and your level on each; only what you may view.")
            .Produces<TreeView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        rooms.MapGet("/{roomId:guid}/groups/{groupId:guid}/effective-access", async (Guid roomId, Guid groupId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetEffectiveAccess(roomId, groupId), ct)).ToHttp(t => TypedResults.Ok(t)))
            .WithName("GetEffectiveAccess")
            .WithSummary("Preview as a group: the tree exactly as its members see it.")
            .Produces<TreeView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
