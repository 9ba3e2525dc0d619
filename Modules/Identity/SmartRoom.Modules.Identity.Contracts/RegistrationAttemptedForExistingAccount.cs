using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Identity.Contracts;

/// <summary>
/// Someone tried to register an address that already has an account. The registration answered as for a new
/// account (so nothing about accounts leaks); the owner is told by email.
/// </summary>
[MessageIdentity("identity.registration-attempted-for-existing-account.v1")]
public sealed record RegistrationAttemptedForExistingAccount(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string Email,
    string DisplayName) : IIntegrationEvent;
