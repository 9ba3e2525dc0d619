using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Identity.Contracts;

/// <summary>An admin changed the account's platform roles ("access status").</summary>
[MessageIdentity("identity.roles-changed.v1")]
public sealed record UserRolesChanged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed,
    Guid? ChangedBy) : IIntegrationEvent;
