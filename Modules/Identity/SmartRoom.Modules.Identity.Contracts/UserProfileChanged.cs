using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Identity.Contracts;

[MessageIdentity("identity.profile-changed.v1")]
public sealed record UserProfileChanged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string Email,
    string DisplayName,
    string? ZipCode) : IIntegrationEvent;
