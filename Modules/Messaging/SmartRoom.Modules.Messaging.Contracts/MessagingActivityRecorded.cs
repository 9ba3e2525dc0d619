using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Messaging.Contracts;

/// <summary>
/// Something a participant did in a room's conversations or Q&amp;A, announced for the room's audit trail: DealRooms
/// appends it to the room's hash chain (docs/adr/0017), once per <paramref name="EventId"/>.
/// <paramref name="Action"/> is one of <see cref="MessagingAuditActions"/>; <paramref name="ActorKind"/> one of
/// <see cref="MessagingActorKinds"/>. <paramref name="Details"/> never holds a message's or a question's text: ids,
/// lengths, statuses and the text's SHA-256 only.
/// </summary>
[MessageIdentity("messaging.activity-recorded.v1")]
public sealed record MessagingActivityRecorded(
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
    string? UserAgent) : IIntegrationEvent;
