using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.GetBreach;

/// <summary>A breach's current state and its whole history, oldest entry first.</summary>
internal sealed record GetBreach(Guid BreachId) : IQuery<Result<BreachDetails>>;

internal sealed record BreachDetails(BreachView Current, IReadOnlyList<BreachHistoryEntry> History);

/// <summary>One entry of the history: what it recorded, who and when, and the breach's state as of then.</summary>
internal sealed record BreachHistoryEntry(
    int Seq,
    string Kind,
    DateTimeOffset RecordedAt,
    Guid? RecordedBy,
    string? Note,
    IReadOnlyList<string> Changed,
    BreachView State);
