namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary>
/// <c>removal-request-decided</c>: the content the requester asked about was removed, or kept — then with marketing's
/// written <see cref="Reason"/>. The address and the reason reach the requester, not the delivery log.
/// </summary>
internal sealed record RemovalRequestDecidedEmail([property: Confidential] string Url, bool Removed, [property: Confidential] string Reason, string RequestId)
    : EmailModel;
