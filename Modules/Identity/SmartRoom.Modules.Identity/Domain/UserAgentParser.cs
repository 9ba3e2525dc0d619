using System.Text.RegularExpressions;

namespace SmartRoom.Modules.Identity.Domain;

/// <summary>
/// A small, ordered rule set for the browsers and systems people use (no User-Agent parsing library is
/// served to this build). Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
/// </summary>
internal static partial class UserAgentParser
{
    public const string Unknown = "Unknown";

    private static readonly (Regex Pattern, string Name)[] Browsers =
    [
        (EdgeRegex(), "Edge"),
        (OperaRegex(), "Opera"),
        (SamsungRegex(), "Samsung Internet"),
        (FirefoxRegex(), "Firefox"),
        (ChromeRegex(), "Chrome"),
        (SafariRegex(), "Safari"),
        (CurlRegex(), "curl"),
    ];

    public static ParsedUserAgent Parse(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return new ParsedUserAgent(Unknown, Unknown);
        }

        return new ParsedUserAgent(BrowserOf(userAgent), OperatingSystemOf(userAgent));
    }

    private static string BrowserOf(string ua)
    {
        foreach (var (pattern, name) in Browsers)
        {
            var match = pattern.Match(ua);
            if (match.Success)
            {
                return $"{name} {match.Groups["v"].Value}".Trim();
            }
        }

        return Unknown;
    }

    private static string OperatingSystemOf(string ua) => ua switch
    {
        _ when ua.Contains("Windows", StringComparison.Ordinal) => "Windows",
        _ when ua.Contains("iPhone", StringComparison.Ordinal) || ua.Contains("iPad", StringComparison.Ordinal) => "iOS",
        _ when ua.Contains("Mac OS X", StringComparison.Ordinal) || ua.Contains("Macintosh", StringComparison.Ordinal) => "macOS",
        _ when ua.Contains("Android", StringComparison.Ordinal) => "Android",
        _ when ua.Contains("CrOS", StringComparison.Ordinal) => "ChromeOS",
        _ when ua.Contains("Linux", StringComparison.Ordinal) => "Linux",
        _ => Unknown,
    };

    [GeneratedRegex(@"Edg(?:e|A|iOS)?/(?<v>\d+)")]
    private static partial Regex EdgeRegex();

    [GeneratedRegex(@"(?:OPR|Opera)/(?<v>\d+)")]
    private static partial Regex OperaRegex();

    [GeneratedRegex(@"SamsungBrowser/(?<v>\d+)")]
    private static partial Regex SamsungRegex();

    [GeneratedRegex(@"(?:Firefox|FxiOS)/(?<v>\d+)")]
    private static partial Regex FirefoxRegex();

    [GeneratedRegex(@"(?:Chrome|CriOS)/(?<v>\d+)")]
    private static partial Regex ChromeRegex();

    [GeneratedRegex(@"Version/(?<v>\d+)(?:\.\d+)*.*Safari/")]
    private static partial Regex SafariRegex();

    [GeneratedRegex(@"^curl/(?<v>\d+)")]
    private static partial Regex CurlRegex();
}
