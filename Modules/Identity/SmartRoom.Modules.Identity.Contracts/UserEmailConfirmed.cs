using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Identity.Contracts;

/// <summary>The account's owner proved the email address is theirs (first confirmation or a change).</summary>
[MessageIdentity("identity.email-confirmed.v1")]
public sealed record UserEmailConfirmed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string Email) : IIntegrationEvent;
