namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// A threshold of a breach's 72-hour clock that the privacy team was alerted to. Unique per breach × threshold:
/// however often the clock runs, each alert goes out once.
/// </summary>
internal sealed class BreachAlert
{
    public Guid Id { get; init; }

    public Guid BreachId { get; init; }

    public int ThresholdHours { get; init; }

    public DateTimeOffset RaisedAt { get; init; }

    public int Recipients { get; init; }
}
