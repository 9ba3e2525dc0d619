using System.Globalization;

namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// How long a caller refused by a comment limit must wait, set by the handler that refused and read by its endpoint
/// for the <c>Retry-After</c> header (one per request scope; the handler never touches HTTP).
/// </summary>
internal sealed class RetryAfter
{
    public TimeSpan? Wait { get; set; }

    public static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

    public string? Header => Wait is { } wait ? Seconds(wait).ToString(CultureInfo.InvariantCulture) : null;
}
