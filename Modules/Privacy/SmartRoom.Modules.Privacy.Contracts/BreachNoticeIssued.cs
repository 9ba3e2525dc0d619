using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Privacy.Contracts;

/// <summary>
/// Tell one person about a personal-data breach, in plain language: a controller (a manager of the client room
/// concerned, <paramref name="Kind"/> <see cref="Controller"/>) or a person it affects (<see cref="Affected"/>).
/// One event per breach, recipient and kind; Notifications reports the email's final outcome with
/// <c>EmailDeliveryReported</c> whose <c>SourceEventId</c> is <paramref name="EventId"/>.
/// </summary>
[MessageIdentity("privacy.breach-notice-issued.v1")]
public sealed record BreachNoticeIssued(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid BreachId,
    string Reference,
    string Kind,
    Guid? UserId,
    string Email,
    string DisplayName,
    string Message,
    string Nature,
    string Categories,
    string Consequences,
    string Measures,
    string DpoContact) : IIntegrationEvent
{
    public const string Controller = "controller";
    public const string Affected = "affected";
}
