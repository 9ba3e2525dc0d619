namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// One run of the retention job: a sweep ordered for every category with a period, each answered by its module
/// (<see cref="RetentionRunCategory"/>). The run is finished once every category has answered or was held.
/// </summary>
internal sealed class RetentionRun
{
    public Guid Id { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary><see cref="RetentionRunStatus.Running"/> until every category answered, then <see cref="RetentionRunStatus.Completed"/>.</summary>
    public required string Status { get; set; }
}
