using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.DealRooms.Contracts;

[MessageIdentity("dealrooms.room-created.v1")]
public sealed record DealRoomCreated(Guid EventId, DateTimeOffset OccurredAt, Guid RoomId, string Name, Guid CreatedBy) : IIntegrationEvent;
