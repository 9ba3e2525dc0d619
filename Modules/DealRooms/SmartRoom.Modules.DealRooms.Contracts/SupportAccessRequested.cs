using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.DealRooms.Contracts;

/// <summary>Support staff asked to enter a room; its <paramref name="Managers"/> decide.</summary>
[MessageIdentity("dealrooms.support-access-requested.v1")]
public sealed record SupportAccessRequested(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RequestId,
    Guid RoomId,
    string RoomName,
    Guid SupportUserId,
    string SupportName,
    string Reason,
    IReadOnlyList<RoomRecipient> Managers) : IIntegrationEvent;
