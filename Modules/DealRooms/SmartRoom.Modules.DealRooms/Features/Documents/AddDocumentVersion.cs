using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wolverine.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.DealRooms.Documents;
using SmartRoom.Modules.DealRooms.Domain;
using SmartRoom.Modules.DealRooms.Persistence;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.Documents;

/// <summary>
/// A new version of a document, by a manager or a contributor whose group may upload there. Members then
/// see the new version; older ones stay downloadable by managers.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.Content, NotFoundAs = "document")]
internal sealed record AddDocumentVersion(Guid RoomId, Guid DocumentId, Stream Content) : ICommand<Result<DocumentView>>, IRoomRequest;

internal sealed class AddDocumentVersionHandler(
    EnteredRoom entered,
    RoomPermissions permissions,
    IDbContextOutbox<DealRoomsDbContext> outbox,
    DocumentWriter writer,
    AuditTrail audit,
    TimeProvider clock) : ICommandHandler<AddDocumentVersion, Result<DocumentView>>
{
    public async ValueTask<Result<DocumentView>> Handle(AddDocumentVersion command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var caller = entered.Context;
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == command.DocumentId && d.RoomId == command.RoomId, cancellationToken);
        var level = document is null ? AccessLevel.None : await permissions.OnDocumentAsync(caller, document, cancellationToken);
        var refused = caller.RefuseUpload(level, "document");
        if (document is null || refused is not null)
        {
            return refused ?? Error.NotFound("document");
        }

        var folder = await db.Folders.AsNoTracking().SingleOrDefaultAsync(f => f.Id == document.FolderId, cancellationToken);
        if (folder is null)
        {
            return Error.NotFound("document"); // its folder went while we looked
        }

        var written = await writer.WriteAsync(command.Content, document.Name, cancellationToken);
        if (!written.IsSuccess)
        {
            return written.Error;
        }

        var stored = written.Value;
        var now = clock.GetUtcNow();
        document.CurrentVersion++;
        db.DocumentVersions.Add(DocumentVersionFactory.From(document.Id, document.CurrentVersion, stored, now, caller.Member.UserId));
        var index = await DocumentIndex.OfAsync(db, folder, document.Position, cancellationToken);
        await audit.AppendAsync(command.RoomId, caller.ActorKind, AuditAction.DocumentVersioned, "document", document.Id.ToString(),
            new { version = document.CurrentVersion, stored.Size, stored.Sha256, stored.ContentType }, cancellationToken);
        var audience = await permissions.AudienceAsync(caller.Room, document.Id, document.FolderId, caller.Member.UserId, now, cancellationToken);
        await outbox.PublishAsync(new DocumentAdded(Guid.CreateVersion7(), now, command.RoomId, caller.Room.Name, document.Id, document.FolderId, document.Name, index,
            document.CurrentVersion, audience.Named, audience.Unnamed));
        try
        {
            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        }
        catch
        {
            writer.Discard(stored);
            throw;
        }

        return new DocumentView(document.Id, document.FolderId, document.Name, index, document.CurrentVersion, stored.Size, stored.Sha256, stored.ContentType);
    }
}

internal static class AddDocumentVersionEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapPost("/{roomId:guid}/documents/{documentId:guid}/versions", async (Guid roomId, Guid documentId, HttpContext http,
                IOptions<DocumentOptions> options, ISender sender, CancellationToken ct) =>
                await MultipartUpload.ReadAsync(http, options.Value.MaxUploadBytes, onField: (_, _) => { },
                    onFile: async (_, body) => (await sender.Send(new AddDocumentVersion(roomId, documentId, body), ct))
                        .ToHttp(d => TypedResults.Created($"/api/deal-rooms/{roomId}/documents/{d.Id}", d)),
                    ct))
            .WithName("AddDocumentVersion")
            .WithSummary("multipart/form-data 'file': the document's next version.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<DocumentView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .DisableAntiforgery();
}
