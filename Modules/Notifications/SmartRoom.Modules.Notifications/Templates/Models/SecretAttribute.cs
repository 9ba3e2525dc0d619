namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary>
/// A live secret (a code, a link that carries a token): the model holds it sealed with <see cref="Purpose"/>,
/// so the message that carries the model never holds it readable; it is opened only to render the email
/// itself, and the delivery log's copy shows it removed.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class SecretAttribute : Attribute
{
    public const string Purpose = "notifications/secret-in-notice";
}
