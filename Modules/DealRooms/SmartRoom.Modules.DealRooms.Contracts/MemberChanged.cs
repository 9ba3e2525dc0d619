using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.DealRooms.Contracts;

/// <summary>
/// A manager changed a member's role, group and/or access expiry. <paramref name="RoleChanged"/> and
/// <paramref name="GroupChanged"/> say which, with the previous values beside the new ones, so a module
/// keeping its own copy of membership (Messaging: who sees which group's threads) can react to each.
/// </summary>
[MessageIdentity("dealrooms.member-changed.v1")]
public sealed record MemberChanged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RoomId,
    Guid UserId,
    string Role,
    Guid? GroupId,
    DateTimeOffset? AccessExpiresAt,
    string PreviousRole,
    Guid? PreviousGroupId)
    : IIntegrationEvent
{
    public bool RoleChanged => Role != PreviousRole;

    public bool GroupChanged => GroupId != PreviousGroupId;
}
