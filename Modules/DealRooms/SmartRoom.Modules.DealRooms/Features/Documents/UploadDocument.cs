using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
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
using SmartRoom.Modules.DealRooms.Domain;
using SmartRoom.Modules.DealRooms.Persistence;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.Documents;

internal sealed record DocumentView(Guid Id, Guid FolderId, string Name, string Index, int Version, long Size, string Sha256, string ContentType);

/// <summary>
/// A manager uploads a file into a folder. The body streams through SHA-256 and chunked AES-256-GCM
/// straight into a temp blob (memory stays at a few chunks whatever the size); the blob is committed and
/// then the rows; any failure on the way leaves neither.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.Content)]
internal sealed record UploadDocument(Guid RoomId, Guid FolderId, string FileName, Stream Content) : ICommand<Result<DocumentView>>, IRoomRequest;

internal sealed class UploadDocumentValidator : AbstractValidator<UploadDocument>
{
    public UploadDocumentValidator() => RuleFor(x => x.FileName).FileName();
}

internal static class FileNameRules
{
    /// <summary>A plain name: no path (no traversal), no control characters, not "." or "..".</summary>
    public static IRuleBuilderOptions<T, string> FileName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(255)
            .Must(n => n is null || (!n.Any(char.IsControl) && n.IndexOfAny(['/', '\\', ':']) < 0 && n.Trim() is not ("." or "..") && n.Trim().Length > 0))
            .WithMessage("The file name must be a plain name: no folders, colons or control characters.");
}

internal sealed class UploadDocumentHandler(
    EnteredRoom entered,
    RoomPermissions permissions,
    IDbContextOutbox<DealRoomsDbContext> outbox,
    DocumentWriter writer,
    AuditTrail audit,
    TimeProvider clock) : ICommandHandler<UploadDocument, Result<DocumentView>>
{
    public async ValueTask<Result<DocumentView>> Handle(UploadDocument command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var folder = await db.Folders.AsNoTracking().SingleOrDefaultAsync(f => f.Id == command.FolderId && f.RoomId == command.RoomId, cancellationToken);
        var caller = entered.Context;
        var levels = caller.IsManager ? null : await permissions.ForGroupAsync(command.RoomId, caller.Member.GroupId, cancellationToken);
        var level = folder is null ? AccessLevel.None : levels?.OfFolder(folder.Id) ?? AccessLevel.Upload;
        var refused = caller.RefuseUpload(level, "folder");
        if (folder is null || refused is not null)
        {
            return refused ?? Error.NotFound("folder");
        }

        var name = command.FileName.Trim();
        // Only a name the caller can see is taken: a document hidden from them does not exist for them, and
        // refusing because of it would tell them it is there (it stays beside theirs, told apart by its number).
        var sameName = await db.Documents.AsNoTracking().Where(d => d.FolderId == folder.Id && d.Name.ToLower() == name.ToLower())
            .Select(d => d.Id).ToListAsync(cancellationToken);
        if (sameName.Any(id => (levels?.OfDocument(id, folder.Id) ?? AccessLevel.Upload) >= AccessLevel.View))
        {
            return Error.Conflict("document-exists", $"'{name}' is already in this folder; upload a new version of it instead.");
        }

        var written = await writer.WriteAsync(command.Content, name, cancellationToken);
        if (!written.IsSuccess)
        {
            return written.Error;
        }

        var stored = written.Value;
        var now = clock.GetUtcNow();
        var document = new Document
        {
            Id = Guid.CreateVersion7(),
            RoomId = command.RoomId,
            FolderId = folder.Id,
            Name = name,
            Position = await db.Documents.CountAsync(d => d.FolderId == folder.Id, cancellationToken) + 1,
            CurrentVersion = 1,
            CreatedAt = now,
            CreatedBy = entered.Context.Member.UserId,
        };
        db.Documents.Add(document);
        db.DocumentVersions.Add(DocumentVersionFactory.From(document.Id, 1, stored, now, caller.Member.UserId));
        var index = await DocumentIndex.OfAsync(db, folder, document.Position, cancellationToken);
        await audit.AppendAsync(command.RoomId, caller.ActorKind, AuditAction.DocumentUploaded, "document", document.Id.ToString(),
            new { document.Name, folderId = folder.Id, version = 1, stored.Size, stored.Sha256, stored.ContentType }, cancellationToken);
        var audience = await permissions.AudienceAsync(caller.Room, document.Id, folder.Id, caller.Member.UserId, now, cancellationToken);
        await outbox.PublishAsync(new DocumentAdded(Guid.CreateVersion7(), now, command.RoomId, caller.Room.Name, document.Id, folder.Id, document.Name, index, 1,
            audience.Named, audience.Unnamed));
        try
        {
            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        }
        catch
        {
            writer.Discard(stored); // no row, so no blob either
            throw;
        }

        return new DocumentView(document.Id, folder.Id, document.Name, index, 1, stored.Size, stored.Sha256, stored.ContentType);
    }
}

internal static class DocumentVersionFactory
{
    public static DocumentVersion From(Guid documentId, int version, StoredContent stored, DateTimeOffset now, Guid by) => new()
    {
        DocumentId = documentId,
        Version = version,
        BlobName = stored.BlobName,
        Size = stored.Size,
        Sha256 = stored.Sha256,
        ContentType = stored.ContentType,
        KeyId = stored.KeyId,
        WrappedKey = stored.WrappedKey,
        NoncePrefix = stored.NoncePrefix,
        HeaderLength = stored.HeaderLength,
        CreatedAt = now,
        CreatedBy = by,
    };
}

/// <summary>A document's index: its folder's, then its place after the folder's subfolders.</summary>
internal static class DocumentIndex
{
    public static async Task<string> OfAsync(DealRoomsDbContext db, Folder folder, int position, CancellationToken ct) =>
        $"{folder.Index}.{await db.Folders.CountAsync(f => f.ParentId == folder.Id, ct) + position}";
}

internal static class UploadDocumentEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapPost("/{roomId:guid}/documents", async (Guid roomId, HttpContext http, IOptions<DocumentOptions> options, ISender sender, CancellationToken ct) =>
            {
                Guid? folderId = Guid.TryParse(http.Request.Query["folderId"], out var fromQuery) ? fromQuery : null;
                return await MultipartUpload.ReadAsync(http, options.Value.MaxUploadBytes,
                    onField: (field, value) =>
                    {
                        if (field.Equals("folderId", StringComparison.OrdinalIgnoreCase))
                        {
                            folderId = Guid.TryParse(value, out var parsed) ? parsed : Guid.Empty;
                        }
                    },
                    onFile: async (fileName, body) => folderId is null || folderId == Guid.Empty
                        ? Error.Validation("folderId", "Send 'folderId' (a folder of the room) before 'file'.").ToProblem()
                        : (await sender.Send(new UploadDocument(roomId, folderId.Value, fileName, body), ct))
                            .ToHttp(d => TypedResults.Created($"/api/deal-rooms/{roomId}/documents/{d.Id}", d)),
                    ct);
            })
            .WithName("UploadDocument")
            .WithSummary("multipart/form-data: 'folderId', then 'file'. Streamed, encrypted at rest; the type is read from the bytes.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<DocumentView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .DisableAntiforgery();
}
