namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>email-change-to-taken-address</c>: Someone asked to move another account to this address.</summary>
internal sealed record EmailChangeToTakenAddressEmail(string When) : EmailModel;
