namespace SmartRoom.Modules.Content.Site;

/// <summary>Where a form may send the visitor back to: a local path of this site only, else the home page.</summary>
internal static class ReturnUrls
{
    public const string Home = "/";

    public const int MaxLength = 2000;

    /// <summary>
    /// <paramref name="url"/> when it is a local path (starts with one <c>/</c>, not <c>//</c> or <c>/\</c>, no control
    /// characters, not too long); otherwise <see cref="Home"/>.
    /// </summary>
    public static string LocalOrHome(string? url) => IsLocal(url) ? url! : Home;

    public static bool IsLocal(string? url) =>
        url is { Length: > 0 and <= MaxLength }
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(c => char.IsControl(c) || c == '\\');
}
