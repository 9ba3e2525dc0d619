using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.DealRooms.Contracts;

/// <summary>A manager created a group (bidders, advisers…) in a room; members are put in groups with <see cref="MemberChanged"/>.</summary>
[MessageIdentity("dealrooms.room-group-created.v1")]
public sealed record RoomGroupCreated(Guid EventId, DateTimeOffset OccurredAt, Guid RoomId, Guid GroupId, string Name) : IIntegrationEvent;
