using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.DealRooms.Contracts;

/// <summary>A manager let support staff in until <paramref name="ExpiresAt"/>.</summary>
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
    string DecidedByName) : IIntegrationEvent;
