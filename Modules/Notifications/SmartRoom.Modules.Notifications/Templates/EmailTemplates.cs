using System.Text.Encodings.Web;

namespace SmartRoom.Modules.Notifications.Templates;

/// <summary>A rendered email: a plain-text and an HTML body of the same content.</summary>
internal sealed record RenderedEmail(string Template, string Subject, string Text, string Html);

/// <summary>
/// The module's email templates. Every value that reaches HTML goes through <see cref="HtmlEncoder"/>;
/// links are built from <c>SmartRoom:PublicBaseUrl</c> with escaped query values.
/// </summary>
internal static class EmailTemplates
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static RenderedEmail ConfirmAccount(string displayName, string confirmationUrl)
    {
        const string subject = "Confirm your SmartRoom account";
        var text = $"""
            Hello {displayName},

            Please confirm your email address to finish creating your SmartRoom account:

            {confirmationUrl}

            If you did not create an account, ignore this email; nothing further will happen.

            SmartRoom
            """;
        var html = Layout(subject, $"""
            <p>Hello {Html.Encode(displayName)},</p>
            <p>Please confirm your email address to finish creating your SmartRoom account:</p>
            <p><a href="{Html.Encode(confirmationUrl)}">Confirm my email address</a></p>
            <p style="color:#555">If you did not create an account, ignore this email; nothing further will happen.</p>
            """);
        return new RenderedEmail("identity.confirm-account", subject, text, html);
    }

    public static string Link(string publicBaseUrl, string path, params (string Name, string Value)[] query) =>
        publicBaseUrl.TrimEnd('/') + path + "?" +
        string.Join("&", query.Select(q => $"{Uri.EscapeDataString(q.Name)}={Uri.EscapeDataString(q.Value)}"));

    private static string Layout(string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{Html.Encode(title)}</title></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a">
        {body}
        <p style="color:#888;font-size:12px">SmartRoom</p>
        </body></html>
        """;
}
