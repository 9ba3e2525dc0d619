using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// The rules for what people write in comments, reports and moderation reasons: plain text (shown HTML-encoded,
/// never as HTML), no control characters but line breaks and tabs, no bidirectional overrides; how many links a
/// text carries; and the normal form two texts are compared in for duplicates.
/// </summary>
internal static partial class CommentText
{
    public const int MaxBody = 5000;

    public const int MaxReason = 1000;

    /// <summary>
    /// Top-level domains that count as a link without a path (<c>cheap-pills.com</c>); any other bare domain counts
    /// only with a path (<c>example.test/offer</c>), so that "Node.js" or "e.g." are not links.
    /// </summary>
    private static readonly HashSet<string> CommonTopLevelDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        "com", "net", "org", "info", "biz", "io", "co", "xyz", "ru", "cn", "top", "online", "site", "shop", "club", "app", "dev",
        "me", "tk", "eu", "uk", "de", "nl", "fr", "us", "ly", "gl", "to", "cc", "ws",
    };

    /// <summary>Null when <paramref name="text"/> is acceptable plain text; else what is wrong with it.</summary>
    public static string? Problem(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            {
                return "must not contain control characters.";
            }

            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            {
                return "must not contain bidirectional text overrides.";
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return "must be valid Unicode text.";
            }
        }

        return null;
    }

    /// <summary>
    /// Links in the text: <c>http(s)://…</c> and protocol-relative <c>//host…</c>, <c>www.…</c>, and bare domains with a path or a common top-level domain.
    /// Each address counts once (<c>https://www.example.com/a</c> is one link); e-mail addresses are not links.
    /// </summary>
    public static int CountLinks(string text)
    {
        var count = 0;
        foreach (Match match in LinkCandidate().Matches(text))
        {
            if (match.Groups["scheme"].Success || match.Groups["www"].Success || match.Groups["path"].Success
                || CommonTopLevelDomains.Contains(match.Groups["tld"].Value))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The form duplicates are compared in: Unicode compatibility forms folded (NFKC), lower case, punctuation and
    /// symbols dropped, every run of white space one space, trimmed. "Great post!!" and "great   POST" are the same.
    /// </summary>
    public static string Normalise(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > 0;
                continue;
            }

            var category = char.GetUnicodeCategory(c);
            if (char.IsPunctuation(c) || char.IsSymbol(c) || category is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    [GeneratedRegex(
        @"(?<scheme>\bhttps?://[^\s<>""']+|(?<![:\w/])//(?:[a-z0-9\-]+\.)+[a-z]{2,24}\b[^\s<>""']*)|(?<www>\bwww\.[^\s<>""']+)|(?<![\w@.\-/])(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?<tld>[a-z]{2,24})\b(?!\.\w)(?<path>/[^\s<>""']*)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LinkCandidate();
}
