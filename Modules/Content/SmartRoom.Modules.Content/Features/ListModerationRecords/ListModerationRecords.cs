using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Content.Features.ListModerationRecords;

/// <summary>The moderation record, newest first: every moderation action and every author action on their own content.</summary>
internal sealed record ListModerationRecords(string? TargetKind, Guid? TargetId, string? Action, int Page, int PageSize)
    : IQuery<Result<Paged<ModerationRecordView>>>;

/// <param name="ActorId">Who acted; null for the system (a job, an event) or someone not signed in.</param>
internal sealed record ModerationRecordView(
    Guid Id, DateTimeOffset At, Guid? ActorId, string Action, string TargetKind, Guid TargetId, string? Reason, string? IpAddress, string? UserAgent);
