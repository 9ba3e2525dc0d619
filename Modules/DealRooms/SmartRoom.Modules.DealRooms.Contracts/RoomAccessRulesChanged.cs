using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.DealRooms.Contracts;

/// <summary>
/// A manager changed the networks the room admits its members from: <paramref name="IpAllowList"/> holds CIDR
/// ranges, one per line; empty admits every address. Managers are admitted from anywhere.
/// </summary>
[MessageIdentity("dealrooms.room-access-rules-changed.v1")]
public sealed record RoomAccessRulesChanged(Guid EventId, DateTimeOffset OccurredAt, Guid RoomId, string IpAllowList) : IIntegrationEvent;
