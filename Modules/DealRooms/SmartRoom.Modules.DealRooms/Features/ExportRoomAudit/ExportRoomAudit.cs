using System.Text;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.ExportRoomAudit;

/// <summary>What an export sends: its file name and the matching records in seq order, read as they are written out.</summary>
internal sealed record AuditExport(string FileName, IAsyncEnumerable<AuditRecord> Records);

/// <summary>
/// A manager downloads the room's audit trail (the list's filters, no paging) as CSV. A command, not a
/// query: the export itself goes on the record (<c>audit.exported</c>, with its filters) before a byte is sent.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.Manager)]
internal sealed record ExportRoomAudit(Guid RoomId, Guid? ActorId, string? Action, Guid? DocumentId, string? ActorKind, DateTimeOffset? From, DateTimeOffset? To)
    : ICommand<Result<AuditExport>>, IAuditFilter, IRoomRequest;
