namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>member-joined</c>: Tells a room's managers who joined.</summary>
internal sealed record MemberJoinedEmail([property: Confidential] string Room, [property: Confidential] string Member, [property: Confidential] string Email, string Role) : EmailModel;
