using System.Text.Json;
using SmartRoom.Modules.Notifications.Templates;

namespace SmartRoom.Modules.Notifications.Domain;

/// <summary>An email that carries a secret, sealed with the master key while it waits for delivery.</summary>
internal sealed class SealedEmails(SecretSealer sealer)
{
    private const string Purpose = "notifications/email-in-delivery";

    public string Seal(RenderedEmail email, string? unsubscribeUrl) =>
        sealer.Seal(Purpose, JsonSerializer.Serialize(new Content(email.Subject, email.Text, email.Html, unsubscribeUrl)));

    public (string? Subject, string Text, string Html, string? UnsubscribeUrl) Open(string sealedContent)
    {
        var content = JsonSerializer.Deserialize<Content>(sealer.Unseal(Purpose, sealedContent))!;
        return (content.Subject, content.Text, content.Html, content.UnsubscribeUrl);
    }

    private sealed record Content(string? Subject, string Text, string Html, string? UnsubscribeUrl);
}
