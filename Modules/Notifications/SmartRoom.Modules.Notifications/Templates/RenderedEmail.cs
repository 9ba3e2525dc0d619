namespace SmartRoom.Modules.Notifications.Templates;

/// <summary>A rendered email: a plain-text and an HTML body of the same content.</summary>
internal sealed record RenderedEmail(string Template, string Subject, string Text, string Html);
