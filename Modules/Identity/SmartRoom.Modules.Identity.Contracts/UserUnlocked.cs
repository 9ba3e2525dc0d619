using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Identity.Contracts;

[MessageIdentity("identity.user-unlocked.v1")]
public sealed record UserUnlocked(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string Email,
    string DisplayName) : IIntegrationEvent;
