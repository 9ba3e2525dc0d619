using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.DealRooms.Contracts;

/// <summary>A manager refused a support request.</summary>
[MessageIdentity("dealrooms.support-access-denied.v1")]
public sealed record SupportAccessDenied(
    Guid EventId, DateTimeOffset OccurredAt, Guid RequestId, Guid RoomId, string RoomName, RoomRecipient Support, string DecidedByName) : IIntegrationEvent;
