using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Identity.Features.ListAudit;

/// <summary>Administrative changes to accounts, newest first, optionally for one account.</summary>
[RequiresUser]
internal sealed record ListAudit(Guid? UserId, int Page, int PageSize) : IQuery<Result<Paged<AuditRecord>>>;

internal sealed record AuditRecord(Guid Id, DateTimeOffset OccurredAt, Guid? ActorId, string Action, Guid TargetUserId, string Details, string? IpAddress);
