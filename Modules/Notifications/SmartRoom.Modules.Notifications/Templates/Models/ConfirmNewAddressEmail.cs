namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>confirm-new-email</c>: The link that confirms a changed address, sent to the new one.</summary>
internal sealed record ConfirmNewAddressEmail([property: Secret] string Link) : EmailModel;
