namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// The email notices for one material policy version: due from <see cref="NotifyFrom"/> (the effective date less
/// the configured days, or at once), then its recipients are chosen in one statement and handed over in batches.
/// <see cref="Checkpoint"/> is the id of the last notice handed over; it commits with the batch's events, so a
/// crash resumes after it and nobody is told twice. It is also the concurrency token: two runners of the same
/// batch cannot both commit.
/// </summary>
internal sealed class PolicyNoticeRun
{
    public Guid Id { get; init; }

    public Guid PolicyVersionId { get; init; }

    public int Version { get; init; }

    public DateTimeOffset EffectiveAt { get; init; }

    public string Summary { get; init; } = "";

    public DateTimeOffset NotifyFrom { get; init; }

    public PolicyNoticeRunStatus Status { get; set; }

    public long Checkpoint { get; set; }

    public int Recipients { get; set; }

    public int Dispatched { get; set; }

    public int Batches { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}
