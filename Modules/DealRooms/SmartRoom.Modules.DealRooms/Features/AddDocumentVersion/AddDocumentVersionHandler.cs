using Wolverine.EntityFrameworkCore;
using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.DealRooms.Documents;
using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.AddDocumentVersion;

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
