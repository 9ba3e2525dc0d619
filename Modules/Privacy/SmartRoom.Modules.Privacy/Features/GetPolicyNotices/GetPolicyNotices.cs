using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Privacy.Features.GetPolicyNotices;

/// <summary>
/// Where the change notices of one policy version stand: the run's progress, the count of notices by outcome,
/// and (paged) the people the notice could not reach. A version without a run (not material, or not published
/// yet) answers with status <c>none</c> and zero counts; an unknown version is 404.
/// </summary>
internal sealed record GetPolicyNotices(Guid PolicyVersionId, int Page, int PageSize) : IQuery<Result<PolicyNoticesReport>>;

internal sealed record PolicyNoticesReport(
    Guid PolicyVersionId,
    int? Version,
    string Status,
    DateTimeOffset? NotifyFrom,
    DateTimeOffset? EffectiveAt,
    int Recipients,
    int Batches,
    PolicyNoticeCounts Counts,
    Paged<UnreachedRecipient> Unreached);

/// <summary>
/// <c>Pending</c>: not handed over yet, or handed over with no outcome yet (<c>Dispatched</c> of them);
/// <c>Unreachable</c>: a suppressed address, nothing attempted; <c>Failed</c>: attempted and failed for good.
/// </summary>
internal sealed record PolicyNoticeCounts(int Pending, int Dispatched, int Sent, int Failed, int Unreachable);

internal sealed record UnreachedRecipient(Guid UserId, string Email, string DisplayName, string Outcome, string? Reason, DateTimeOffset? At);
