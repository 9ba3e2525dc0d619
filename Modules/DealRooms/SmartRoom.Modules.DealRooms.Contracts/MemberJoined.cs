using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.DealRooms.Contracts;

/// <summary>Someone accepted an invitation; the room's <paramref name="Managers"/> are told.</summary>
[MessageIdentity("dealrooms.member-joined.v1")]
public sealed record MemberJoined(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RoomId,
    string RoomName,
    Guid UserId,
    string Email,
    string DisplayName,
    string Role,
    Guid? GroupId,
    IReadOnlyList<RoomRecipient> Managers) : IIntegrationEvent;
