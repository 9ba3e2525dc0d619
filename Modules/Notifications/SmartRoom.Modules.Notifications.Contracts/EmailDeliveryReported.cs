using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Notifications.Contracts;

/// <summary>
/// The final outcome of an email of the <c>legal</c> category (policy-change and breach notices), for the module
/// whose event caused it: <paramref name="SourceEventId"/> is that event's id. <paramref name="Outcome"/> is one of
/// <see cref="Sent"/>, <see cref="Failed"/> (retries exhausted or refused permanently) or <see cref="Unreachable"/>
/// (the address is suppressed, nothing was attempted).
/// </summary>
[MessageIdentity("notifications.email-delivery-reported.v1")]
public sealed record EmailDeliveryReported(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid SourceEventId,
    Guid? UserId,
    string Outcome,
    string? Reason) : IIntegrationEvent
{
    public const string Sent = "sent";
    public const string Failed = "failed";
    public const string Unreachable = "unreachable";
}
