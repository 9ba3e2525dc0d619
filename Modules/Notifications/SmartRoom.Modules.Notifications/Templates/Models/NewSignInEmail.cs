namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>new-sign-in</c>: A sign-in from a browser not seen before.</summary>
internal sealed record NewSignInEmail(string When, string Browser, string Os, string Ip) : EmailModel;
