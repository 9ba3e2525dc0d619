namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>room-status-changed</c>: A room moved to another status, and what that means for its members.</summary>
internal sealed record RoomStatusChangedEmail([property: Confidential] string Room, string Previous, string Status, string Meaning) : EmailModel;
