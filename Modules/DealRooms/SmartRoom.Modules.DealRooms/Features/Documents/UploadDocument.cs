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

namespace SmartRoom.Modules.DealRooms.Features.Documents;

internal sealed record DocumentView(Guid Id, Guid FolderId, string Name, string Index, int Version, long Size, string Sha256, string ContentType);

/// <summary>
/// A manager uploads a file into a folder. The body streams through SHA-256 and chunked AES-256-GCM
/// straight into a temp blob (memory stays at a few chunks whatever the size); the blob is committed and
/// then the rows; any failure on the way leaves neither.
/// </summary>
[RequiresUser]
internal sealed record UploadDocument(Guid RoomId, Guid FolderId, string FileName, Stream Content) : ICommand<Result<DocumentView>>;

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

internal sealed class DocumentOptions
{
    public const string Section = "SmartRoom:Documents";

    /// <summary>The largest upload accepted (default 2 GiB); larger ones answer 413.</summary>
    public long MaxUploadBytes { get; set; } = 2L * 1024 * 1024 * 1024;
}

internal sealed class UploadDocumentHandler(
    RoomAccess access,
    RoomPermissions permissions,
    IDbContextOutbox<DealRoomsDbContext> outbox,
    IBlobStore blobs,
    DocumentKeys keys,
    AuditTrail audit,
    IOptions<DocumentOptions> options,
    TimeProvider clock) : ICommandHandler<UploadDocument, Result<DocumentView>>
{
    public async ValueTask<Result<DocumentView>> Handle(UploadDocument command, CancellationToken cancellationToken)
    {
        var entered = await access.EnterAsync(command.RoomId, cancellationToken);
        if (!entered.IsSuccess)
        {
            return entered.Error;
        }

        var db = outbox.DbContext;
        var folder = await db.Folders.AsNoTracking().SingleOrDefaultAsync(f => f.Id == command.FolderId && f.RoomId == command.RoomId, cancellationToken);
        var caller = entered.Value;
        var level = folder is null ? AccessLevel.None
            : caller.IsManager ? AccessLevel.Upload
            : (await permissions.ForGroupAsync(command.RoomId, caller.Member.GroupId, cancellationToken)).OfFolder(folder.Id);
        if (folder is null || level < AccessLevel.View)
        {
            return Error.NotFound("folder");
        }

        // Managers, and Contributors where their group has Upload; Viewers never.
        if (!caller.IsManager && (caller.Member.Role != RoomRole.Contributor || level < AccessLevel.Upload))
        {
            return Error.Forbidden("upload-not-permitted", "You may not upload into this folder.");
        }

        if (caller.Room.Status is RoomStatus.Closed or RoomStatus.Archived)
        {
            return Error.Conflict("room-read-only", "The room is closed: nothing in it can change until it is reopened.");
        }

        var name = command.FileName.Trim();
        if (await db.Documents.AnyAsync(d => d.FolderId == folder.Id && d.Name.ToLower() == name.ToLower(), cancellationToken))
        {
            return Error.Conflict("document-exists", $"'{name}' is already in this folder; upload a new version of it instead.");
        }

        // The type comes from the bytes, not from the client.
        var head = new byte[ContentSniffer.PrefixLength];
        var headLength = await command.Content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (headLength == 0)
        {
            return Error.Validation("file", "The file is empty.");
        }

        var contentType = ContentSniffer.Sniff(head.AsSpan(0, headLength), name);
        if (contentType is null)
        {
            return new Error(ErrorKind.UnsupportedMediaType, "unsupported-content", "Executable files cannot be stored in a deal room.");
        }

        var (key, wrapped, keyId) = keys.New();
        var noncePrefix = System.Security.Cryptography.RandomNumberGenerator.GetBytes(EncryptedBlobFormat.NoncePrefixSize);
        var header = EncryptedBlobFormat.Header(keyId, wrapped, noncePrefix);
        await using var pending = blobs.Create();
        long size;
        string sha256;
        try
        {
            await using var plaintext = new PrefixedStream(head.AsMemory(0, headLength), command.Content);
            (size, sha256) = await EncryptedBlobFormat.EncryptAsync(plaintext, pending.Stream, key, header, noncePrefix, options.Value.MaxUploadBytes, cancellationToken);
        }
        catch (PayloadTooLargeException ex)
        {
            return new Error(ErrorKind.PayloadTooLarge, "file-too-large", ex.Message);
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(key);
        }

        await pending.CommitAsync(cancellationToken);
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
            CreatedBy = entered.Value.Member.UserId,
        };
        db.Documents.Add(document);
        db.DocumentVersions.Add(new DocumentVersion
        {
            DocumentId = document.Id,
            Version = 1,
            BlobName = pending.Name,
            Size = size,
            Sha256 = sha256,
            ContentType = contentType,
            KeyId = keyId,
            WrappedKey = wrapped,
            NoncePrefix = noncePrefix,
            HeaderLength = header.Length,
            CreatedAt = now,
            CreatedBy = entered.Value.Member.UserId,
        });
        var index = await DocumentIndex.OfAsync(db, folder, document.Position, cancellationToken);
        await audit.AppendAsync(command.RoomId, caller.IsManager ? ActorKind.Manager : ActorKind.Member, "document.uploaded", "document", document.Id.ToString(),
            new { document.Name, folderId = folder.Id, version = 1, size, sha256, contentType }, cancellationToken);
        await outbox.PublishAsync(new DocumentAdded(Guid.CreateVersion7(), now, command.RoomId, document.Id, folder.Id, document.Name, 1));
        try
        {
            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        }
        catch
        {
            blobs.Delete(pending.Name); // no row, so no blob either
            throw;
        }

        return new DocumentView(document.Id, folder.Id, document.Name, index, 1, size, sha256, contentType);
    }
}

/// <summary>A document's index: its folder's, then its place after the folder's subfolders.</summary>
internal static class DocumentIndex
{
    public static async Task<string> OfAsync(DealRoomsDbContext db, Folder folder, int position, CancellationToken ct) =>
        $"{folder.Index}.{await db.Folders.CountAsync(f => f.ParentId == folder.Id, ct) + position}";
}

/// <summary>Replays bytes already read (for sniffing) before the rest of the body.</summary>
internal sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest) : Stream
{
    private ReadOnlyMemory<byte> _prefix = prefix;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_prefix.Length > 0)
        {
            var count = Math.Min(buffer.Length, _prefix.Length);
            _prefix[..count].CopyTo(buffer);
            _prefix = _prefix[count..];
            return count;
        }

        return await rest.ReadAsync(buffer, cancellationToken);
    }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

internal static class UploadDocumentEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapPost("/{roomId:guid}/documents", async (Guid roomId, HttpContext http, IOptions<DocumentOptions> options, ISender sender, CancellationToken ct) =>
            {
                // Streamed: the multipart body is read section by section, never buffered or spooled to disk.
                if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                {
                    limit.MaxRequestBodySize = options.Value.MaxUploadBytes + (1024 * 1024);
                }

                var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) ? type.Boundary : default).Value;
                if (string.IsNullOrEmpty(boundary) || !type!.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
                {
                    return new Error(ErrorKind.UnsupportedMediaType, "multipart-required", "Upload the file as multipart/form-data with fields 'folderId' and 'file'.").ToProblem();
                }

                var reader = new MultipartReader(boundary, http.Request.Body) { BodyLengthLimit = null };
                Guid? folderId = Guid.TryParse(http.Request.Query["folderId"], out var fromQuery) ? fromQuery : null;
                while (await reader.ReadNextSectionAsync(ct) is { } section)
                {
                    if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                        || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    var field = HeaderUtilities.RemoveQuotes(disposition.Name);
                    if (field.Equals("folderId", StringComparison.OrdinalIgnoreCase) && !disposition.IsFileDisposition())
                    {
                        folderId = Guid.TryParse(await new StreamReader(section.Body).ReadToEndAsync(ct), out var parsed) ? parsed : Guid.Empty;
                    }
                    else if (field.Equals("file", StringComparison.OrdinalIgnoreCase) && disposition.IsFileDisposition())
                    {
                        if (folderId is null || folderId == Guid.Empty)
                        {
                            return Error.Validation("folderId", "Send 'folderId' (a folder of the room) before 'file'.").ToProblem();
                        }

                        var fileName = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value! : HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? "";
                        return (await sender.Send(new UploadDocument(roomId, folderId.Value, fileName, section.Body), ct))
                            .ToHttp(d => TypedResults.Created($"/api/deal-rooms/{roomId}/documents/{d.Id}", d));
                    }
                }

                return Error.Validation("file", "The request has no 'file' part.").ToProblem();
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
