namespace SmartRoom.Modules.Notifications.Templates;

/// <summary>Links in emails, built from <c>SmartRoom:PublicBaseUrl</c> with escaped query values.</summary>
internal static class Links
{
    public static string To(string publicBaseUrl, string path, params (string Name, string Value)[] query) =>
        publicBaseUrl.TrimEnd('/') + path + (query.Length == 0 ? "" : "?" +
            string.Join("&", query.Select(q => $"{Uri.EscapeDataString(q.Name)}={Uri.EscapeDataString(q.Value)}")));
}
