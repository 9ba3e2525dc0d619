using System.Text;
using System.Xml;

namespace SmartRoom.Modules.Content.Features.GetFeed;

/// <summary>Text as XML 1.0 can carry it: characters it forbids (most control characters, lone surrogates) are dropped, so no title breaks a feed.</summary>
internal static class FeedText
{
    public static string Xml(string text)
    {
        StringBuilder? kept = null;
        for (var i = 0; i < text.Length; i++)
        {
            var length = XmlConvert.IsXmlChar(text[i]) ? 1
                : i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]) ? 2
                : 0;
            if (length == 0)
            {
                kept ??= new StringBuilder(text.Length).Append(text, 0, i);
                continue;
            }

            kept?.Append(text, i, length);
            i += length - 1;
        }

        return kept?.ToString() ?? text;
    }
}
