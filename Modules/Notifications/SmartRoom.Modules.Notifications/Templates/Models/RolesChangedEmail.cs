namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>roles-changed</c>: The platform roles changed.</summary>
internal sealed record RolesChangedEmail(string Roles, string Added, string Removed) : EmailModel;
