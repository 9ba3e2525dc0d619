using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.DealRooms.Contracts;

[MessageIdentity("dealrooms.member-removed.v1")]
public sealed record MemberRemoved(Guid EventId, DateTimeOffset OccurredAt, Guid RoomId, Guid UserId) : IIntegrationEvent;
