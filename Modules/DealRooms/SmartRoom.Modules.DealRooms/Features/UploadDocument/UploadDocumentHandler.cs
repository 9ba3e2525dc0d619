using Wolverine.EntityFrameworkCore;
using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.DealRooms.Documents;
using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.UploadDocument;

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
