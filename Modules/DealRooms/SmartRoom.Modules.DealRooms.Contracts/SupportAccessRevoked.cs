using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.DealRooms.Contracts;

/// <summary>A manager ended a support grant before it expired.</summary>
[MessageIdentity("dealrooms.support-access-revoked.v1")]
public sealed record SupportAccessRevoked(
    Guid EventId, DateTimeOffset OccurredAt, Guid RequestId, Guid RoomId, string RoomName, RoomRecipient Support, string RevokedByName) : IIntegrationEvent;
