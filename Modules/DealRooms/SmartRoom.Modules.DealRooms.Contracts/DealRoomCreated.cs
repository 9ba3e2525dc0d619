using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.DealRooms.Contracts;

/// <summary>
/// A manager created a room; they are its first manager. <paramref name="Creator"/> names them (null in events
/// published before it was added), so a module keeping its own copy of membership knows the first manager.
/// </summary>
[MessageIdentity("dealrooms.room-created.v1")]
public sealed record DealRoomCreated(Guid EventId, DateTimeOffset OccurredAt, Guid RoomId, string Name, Guid CreatedBy, RoomRecipient? Creator = null)
    : IIntegrationEvent;
