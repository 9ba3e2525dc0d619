using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Identity.Contracts;

/// <summary>
/// Someone signed in to another account asked to move it to this account's address. Nothing moved and the
/// requester was answered as for a free address; this account's owner is told by email.
/// </summary>
[MessageIdentity("identity.email-change-to-taken-address-requested.v1")]
public sealed record EmailChangeToTakenAddressRequested(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string Email,
    string DisplayName) : IIntegrationEvent;
