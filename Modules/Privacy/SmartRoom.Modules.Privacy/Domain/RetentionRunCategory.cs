namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>One category's part in a retention run: the cut-off it was swept with and what its module answered.</summary>
internal sealed class RetentionRunCategory
{
    public Guid RunId { get; init; }

    public required string Category { get; init; }

    public required string Module { get; init; }

    /// <summary><see cref="RetentionRunStatus.Running"/> (ordered, no answer yet), <c>completed</c> or <c>held</c>.</summary>
    public required string Status { get; set; }

    /// <summary>Data whose trigger came before this was due to go.</summary>
    public DateTimeOffset OlderThan { get; init; }

    public long Purged { get; set; }

    /// <summary>Expired items kept because a legal hold on a person or a room covers them.</summary>
    public long Held { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}
