namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// One recipient of a notice run, with the contact details they had when the run started. Rows are written by
/// one set-based statement (so the key is a database-generated number, the order of the checkpoint);
/// <see cref="EventId"/> is given when the notice is handed over and is the id of the event that carries it, by
/// which the delivery's outcome finds its way back here.
/// </summary>
internal sealed class PolicyNotice
{
    public long Id { get; init; }

    public Guid RunId { get; init; }

    public Guid UserId { get; init; }

    public string Email { get; init; } = "";

    public string DisplayName { get; init; } = "";

    public PolicyNoticeStatus Status { get; set; }

    public Guid? EventId { get; set; }

    public DateTimeOffset? DispatchedAt { get; set; }

    public DateTimeOffset? OutcomeAt { get; set; }

    public string? Reason { get; set; }
}
