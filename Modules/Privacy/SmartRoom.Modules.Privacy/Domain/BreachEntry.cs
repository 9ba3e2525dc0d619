namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// One entry of a breach's history in the register: the breach's full state after a change, who made it and when.
/// A breach is the series of its entries (<see cref="Seq"/> 1, 2, …; unique per breach); its current state is the
/// latest. Entries are only ever added: a correction is a new entry, so the history shows what was known when.
/// </summary>
internal sealed record BreachEntry
{
    public Guid Id { get; init; }

    public Guid BreachId { get; init; }

    public int Seq { get; init; }

    /// <summary>What this entry records: one of <see cref="BreachEntryKinds"/>.</summary>
    public required string Kind { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public Guid? RecordedBy { get; init; }

    public string? Note { get; init; }

    /// <summary>The fields this entry changed (comma-separated, as the API names them).</summary>
    public string Changed { get; init; } = "";

    public required string Reference { get; init; }

    /// <summary>When the breach was registered (the first entry's time), carried by every entry.</summary>
    public DateTimeOffset RegisteredAt { get; init; }

    public DateTimeOffset DetectedAt { get; init; }

    public DateTimeOffset AwareAt { get; init; }

    /// <summary>When the supervisory authority must have been told: 72 hours after <see cref="AwareAt"/>.</summary>
    public DateTimeOffset SaDueAt { get; init; }

    public required string Nature { get; init; }

    /// <summary>The categories of data concerned, one per line.</summary>
    public required string Categories { get; init; }

    public int ApproxSubjects { get; init; }

    public int ApproxRecords { get; init; }

    public required string Consequences { get; init; }

    public required string Measures { get; init; }

    public required string DpoContact { get; init; }

    /// <summary><c>controller</c> or <c>processor</c> (for a client's room).</summary>
    public required string Role { get; init; }

    public bool Notifiable { get; init; }

    public string? NotNotifiableReason { get; init; }

    public Guid? RoomId { get; init; }

    public DateTimeOffset? RegulatorNotifiedAt { get; init; }

    public string? RegulatorReference { get; init; }

    public string? RegulatorAuthority { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public string? Outcome { get; init; }

    public string? DelayReason { get; init; }

    public IReadOnlyList<string> CategoryList => Categories.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The next entry: this state with the changes applied, numbered after this one.</summary>
    public BreachEntry Next(string kind, DateTimeOffset at, Guid? by, string? note, IEnumerable<string> changed) => this with
    {
        Id = Guid.CreateVersion7(),
        Seq = Seq + 1,
        Kind = kind,
        RecordedAt = at,
        RecordedBy = by,
        Note = note,
        Changed = string.Join(',', changed),
    };
}
