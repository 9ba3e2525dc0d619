using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.DealRooms.Contracts;

/// <summary>The room moved to <paramref name="Status"/>; <paramref name="Members"/> are told.</summary>
[MessageIdentity("dealrooms.room-status-changed.v1")]
public sealed record DealRoomStatusChanged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RoomId,
    string RoomName,
    string PreviousStatus,
    string Status,
    IReadOnlyList<RoomRecipient> Members) : IIntegrationEvent;
