namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// One moderation action on the record: who (<see cref="ActorId"/>, null for the system), what
/// (<see cref="Action"/>, e.g. <c>comment.hidden</c>), on which item (<see cref="TargetKind"/> + <see cref="TargetId"/>),
/// why, when, from where. Appended, never changed.
/// </summary>
internal sealed class ModerationRecord
{
    public Guid Id { get; init; }

    public DateTimeOffset At { get; init; }

    public Guid? ActorId { get; init; }

    public required string Action { get; init; }

    public required string TargetKind { get; init; }

    public Guid TargetId { get; init; }

    public string? Reason { get; init; }

    public string? IpAddress { get; init; }

    public string? UserAgent { get; init; }
}
