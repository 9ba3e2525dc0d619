namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>confirm-account</c>: The link that confirms a new account's address.</summary>
internal sealed record ConfirmAccountEmail([property: Secret] string Link) : EmailModel;
