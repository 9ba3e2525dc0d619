using System.Globalization;
using System.Xml;
using SmartRoom.Modules.Content.Site;

namespace SmartRoom.Modules.Content.Features.GetFeed;

/// <summary>
/// RSS 2.0 (rssboard.org): the channel with an <c>atom:link rel="self"</c>, each post with its permalink as
/// <c>guid isPermaLink="true"</c>, dates in RFC 822 (<c>Sun, 29 Nov 2026 09:00:00 GMT</c>), the summary HTML-encoded as
/// <c>description</c> (readers render a description as HTML, and the summary is plain text), the sanitised HTML as
/// <c>content:encoded</c>, the author's name as <c>dc:creator</c> (RSS's own <c>author</c> must be an email address,
/// which a post does not publish) and a <c>category</c> per tag. Written with <see cref="XmlWriter"/>: the framework's
/// RSS formatter writes military time zones, puts authors in the Atom namespace and repeats the content as
/// <c>a10:content</c>.
/// </summary>
internal static class RssWriter
{
    public const string ContentType = "application/rss+xml; charset=utf-8";

    private const string Atom = "http://www.w3.org/2005/Atom";
    private const string Content = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";

    public static byte[] Write(FeedChannel channel) => SiteXml.Write(xml =>
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, Atom);
        xml.WriteAttributeString("xmlns", "content", null, Content);
        xml.WriteAttributeString("xmlns", "dc", null, DublinCore);
        xml.WriteStartElement("channel");
        xml.WriteElementString("title", FeedText.Xml(channel.Title));
        xml.WriteElementString("link", channel.Page.AbsoluteUri);
        xml.WriteElementString("description", FeedText.Xml(channel.Description));
        xml.WriteElementString("language", channel.Language);
        xml.WriteElementString("lastBuildDate", Rfc822(channel.Updated));
        xml.WriteStartElement("atom", "link", Atom);
        xml.WriteAttributeString("href", channel.Self.AbsoluteUri);
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", "application/rss+xml");
        xml.WriteEndElement();

        foreach (var entry in channel.Entries)
        {
            xml.WriteStartElement("item");
            xml.WriteElementString("title", FeedText.Xml(entry.Title));
            xml.WriteElementString("link", entry.Link.AbsoluteUri);
            xml.WriteStartElement("guid");
            xml.WriteAttributeString("isPermaLink", "true");
            xml.WriteString(entry.Link.AbsoluteUri);
            xml.WriteEndElement();
            xml.WriteElementString("pubDate", Rfc822(entry.Published));
            xml.WriteElementString("description", FeedText.Xml(HtmlText(entry.Summary)));
            xml.WriteElementString("creator", DublinCore, FeedText.Xml(entry.Author));
            foreach (var tag in entry.Tags)
            {
                xml.WriteElementString("category", FeedText.Xml(tag.Name));
            }

            xml.WriteElementString("encoded", Content, FeedText.Xml(entry.Html));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    });

    /// <summary>Plain text as HTML shows it: the three characters that could start markup or an entity, encoded.</summary>
    private static string HtmlText(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>RFC 822 as RFC 1123 refines it (four-digit year), in GMT.</summary>
    private static string Rfc822(DateTimeOffset time) => time.UtcDateTime.ToString("r", CultureInfo.InvariantCulture);
}
