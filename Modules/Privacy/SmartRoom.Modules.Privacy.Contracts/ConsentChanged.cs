using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Privacy.Contracts;

/// <summary>
/// A person's consent to <paramref name="Purpose"/> changed: given, withdrawn, or no longer valid because the
/// purpose's text changed materially (<paramref name="State"/> <c>needs-reconsent</c>, <paramref name="Granted"/>
/// false). Every module that acts on a consent keeps its own copy from this event and honours the latest.
/// <paramref name="Email"/> and <paramref name="DisplayName"/> are the account's contact details when the change
/// was recorded, so that a module that writes to consenting people (marketing email) knows where to.
/// </summary>
[MessageIdentity("privacy.consent-changed.v1")]
public sealed record ConsentChanged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string Purpose,
    int PurposeVersion,
    bool Granted,
    string State,
    string? Email,
    string? DisplayName) : IIntegrationEvent;
