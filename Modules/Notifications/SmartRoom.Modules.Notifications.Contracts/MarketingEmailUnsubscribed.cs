using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Notifications.Contracts;

/// <summary>
/// A person used the unsubscribe link of a marketing email at <paramref name="OccurredAt"/>: Privacy records it in
/// the consent ledger as a withdrawal of consent to marketing email (method <c>email-link</c>), so that the ledger
/// and Notifications' copy of the marketing audience stay in step.
/// </summary>
[MessageIdentity("notifications.marketing-email-unsubscribed.v1")]
public sealed record MarketingEmailUnsubscribed(Guid EventId, DateTimeOffset OccurredAt, Guid UserId) : IIntegrationEvent;
