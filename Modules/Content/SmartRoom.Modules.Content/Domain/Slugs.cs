using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// Addresses made from text: lower-case ASCII letters and digits, diacritics folded (é → e, ß → ss), words joined by
/// single hyphens, at most <see cref="MaxLength"/> characters, cut at a word where possible.
/// </summary>
internal static partial class Slugs
{
    public const int MaxLength = 80;

    /// <summary>What every slug looks like.</summary>
    public const string Pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

    public static bool IsValid(string? slug) => slug is { Length: > 0 and <= MaxLength } && SlugPattern().IsMatch(slug);

    /// <summary>The slug of <paramref name="text"/>; empty when it holds no letter or digit.</summary>
    public static string From(string text, int maxLength = MaxLength)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(Fold(char.ToLowerInvariant(c)));
        }

        var words = NonWord().Split(folded.ToString()).Where(w => w.Length > 0);
        var slug = new StringBuilder();
        foreach (var word in words)
        {
            var extra = (slug.Length > 0 ? 1 : 0) + word.Length;
            if (slug.Length + extra > maxLength)
            {
                if (slug.Length == 0)
                {
                    slug.Append(word.AsSpan(0, maxLength));
                }

                break;
            }

            slug.Append(slug.Length > 0 ? "-" : "").Append(word);
        }

        return slug.ToString();
    }

    private static string Fold(char c) => c switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'đ' or 'ð' => "d",
        'ł' => "l",
        'þ' => "th",
        'ı' => "i",
        _ => c.ToString(),
    };

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonWord();
}
