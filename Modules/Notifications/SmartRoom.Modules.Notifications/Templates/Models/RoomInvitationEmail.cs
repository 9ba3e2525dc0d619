namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>room-invitation</c>: An invitation into a room, with its single-use token.</summary>
internal sealed record RoomInvitationEmail([property: Confidential] string Inviter, [property: Confidential] string Room, string Role, string Expires, [property: Secret] string Token) : EmailModel;
