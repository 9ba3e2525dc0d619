using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Privacy.Contracts;

/// <summary>
/// One person is to be told, by email, that a material version of the privacy policy takes effect at
/// <paramref name="EffectiveAt"/>. One event per recipient of a notice run; <paramref name="EventId"/> is the
/// notice's own id, so a redelivered event sends nothing twice, and the delivery's final outcome comes back as
/// Notifications' <c>EmailDeliveryReported</c> with this id as its source.
/// </summary>
[MessageIdentity("privacy.policy-change-notice-issued.v1")]
public sealed record PolicyChangeNoticeIssued(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string Email,
    string DisplayName,
    int Version,
    DateTimeOffset EffectiveAt,
    string Summary,
    string PolicyUrl) : IIntegrationEvent;
