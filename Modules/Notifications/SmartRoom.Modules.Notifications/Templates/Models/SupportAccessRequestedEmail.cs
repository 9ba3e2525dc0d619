namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>support-access-requested</c>: Support staff ask a room's managers to let them in.</summary>
internal sealed record SupportAccessRequestedEmail([property: Confidential] string Room, string RoomId, string RequestId, [property: Confidential] string Support, [property: Confidential] string Reason) : EmailModel;
