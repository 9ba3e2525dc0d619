namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>removal-request-received</c>: the requester's removal request was received and is decided by <see cref="Due"/>.</summary>
internal sealed record RemovalRequestReceivedEmail([property: Confidential] string Url, string Due, string RequestId) : EmailModel;
