using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.DealRooms.Contracts;

/// <summary>
/// A manager let support staff in until <paramref name="ExpiresAt"/>. <paramref name="MayReadMessages"/>: the
/// manager also let them read the room's conversations and questions (read-only, every read on the record).
/// </summary>
[MessageIdentity("dealrooms.support-access-granted.v1")]
public sealed record SupportAccessGranted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RequestId,
    Guid RoomId,
    string RoomName,
    RoomRecipient Support,
    DateTimeOffset ExpiresAt,
    bool MayViewDocuments,
    string DecidedByName,
    bool MayReadMessages = false) : IIntegrationEvent;
