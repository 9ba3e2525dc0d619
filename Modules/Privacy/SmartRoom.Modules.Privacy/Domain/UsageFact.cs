namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// One countable thing that happened (an account registered, a room created, a member joined, a document
/// added), kept only as far as the aggregate statistics need it: the calendar month (UTC), the measure and its
/// broad dimension value. Nobody's id, name or email: <see cref="Id"/> is the id of the event it was recorded
/// from (a redelivered event adds nothing), <see cref="RoomId"/> only lets the export tell how many deal rooms a
/// figure comes from, and never leaves the module.
/// </summary>
internal sealed class UsageFact
{
    /// <summary>The id of the integration event this fact was recorded from.</summary>
    public Guid Id { get; init; }

    /// <summary>The calendar month (UTC) as <c>yyyymm</c>, e.g. 202611.</summary>
    public int Month { get; init; }

    /// <summary>One of <see cref="UsageMeasures"/>.</summary>
    public string Measure { get; init; } = "";

    /// <summary>A value of the measure's fixed vocabulary (a room role, a broad file type), or <c>all</c>.</summary>
    public string Dimension { get; init; } = "";

    /// <summary>The deal room the fact happened in, for room-scoped measures; null for accounts.</summary>
    public Guid? RoomId { get; init; }
}
