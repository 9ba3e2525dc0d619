using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Privacy.Features.ListRetentionRuns;

/// <summary>Retention runs, newest first, each with what every category's module purged or held back.</summary>
internal sealed record ListRetentionRuns(int Page, int PageSize) : IQuery<Result<Paged<RetentionRunView>>>;

internal sealed record RetentionRunView(
    Guid Id,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string Status,
    long Purged,
    long Held,
    IReadOnlyList<RetentionRunCategoryView> Categories);

/// <summary>
/// One category in a run: <c>running</c> (no answer yet), <c>completed</c> (swept: <see cref="Purged"/> removed,
/// <see cref="Held"/> expired but kept for a person or room under a legal hold) or <c>held</c> (a hold on the whole category).
/// </summary>
internal sealed record RetentionRunCategoryView(
    string Category,
    string Module,
    string Status,
    DateTimeOffset OlderThan,
    long Purged,
    long Held,
    DateTimeOffset? CompletedAt);
