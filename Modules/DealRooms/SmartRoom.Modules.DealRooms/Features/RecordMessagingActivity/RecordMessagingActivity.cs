using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.RecordMessagingActivity;

/// <summary>
/// Appends what Messaging announced (<c>MessagingActivityRecorded</c>) to the room's audit chain, once per
/// <paramref name="EventId"/> (the record's id). The actor, their kind, address and browser are the announcement's:
/// there is no caller. An unknown action or actor kind, a room DealRooms does not know, or a field too long for the
/// record is dropped with a warning: never appended, never retried.
/// </summary>
[EntersNoRoom("Sent by Messaging's announcement after the participant acted, outside their request.")]
internal sealed record RecordMessagingActivity(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RoomId,
    Guid? ActorId,
    string ActorKind,
    string Action,
    string TargetType,
    string? TargetId,
    IReadOnlyDictionary<string, string?> Details,
    string? IpAddress,
    string? UserAgent) : ICommand<Result<MessagingActivityOutcome>>;

/// <summary>What became of one announcement.</summary>
internal enum MessagingActivityOutcome
{
    Appended,
    AlreadyRecorded,
    Dropped,
}
