using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace SmartRoom.Modules.Identity.Domain;

/// <summary>Browser and operating system of a User-Agent header, as a person would name them ("Chrome 131", "Windows").</summary>
internal sealed record ParsedUserAgent(string Browser, string OperatingSystem);

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

/// <summary>The network an address belongs to: IPv4 /24, IPv6 /48 (mapped IPv4 counts as IPv4).</summary>
internal static class NetworkRange
{
    public static string? Of(string? address)
    {
        if (address is null || !IPAddress.TryParse(address, out var ip))
        {
            return null;
        }

        if (ip.IsIPv4MappedToIPv6)
        {
            ip = ip.MapToIPv4();
        }

        var bytes = ip.GetAddressBytes();
        if (ip.AddressFamily == AddressFamily.InterNetwork)
        {
            return $"{bytes[0]}.{bytes[1]}.{bytes[2]}.0/24";
        }

        Array.Clear(bytes, 6, bytes.Length - 6);
        return $"{new IPAddress(bytes)}/48";
    }
}
