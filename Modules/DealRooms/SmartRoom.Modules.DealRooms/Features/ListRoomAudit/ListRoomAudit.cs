using SmartRoom.BuildingBlocks.Paging;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.ListRoomAudit;

internal sealed record AuditEntryView(
    Guid Id, long Seq, DateTimeOffset OccurredAt, Guid? ActorId, ActorKind ActorKind, string Action, string TargetType,
    string? TargetId, string? IpAddress, string? UserAgent, string Details, string Hash);

/// <summary>The room's audit trail for its managers, filtered and paged, in order.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.Manager)]
internal sealed record ListRoomAudit(
    Guid RoomId, Guid? ActorId, string? Action, Guid? DocumentId, string? ActorKind, DateTimeOffset? From, DateTimeOffset? To, int Page, int PageSize)
    : IQuery<Result<Paged<AuditEntryView>>>, IAuditFilter, IRoomRequest;
