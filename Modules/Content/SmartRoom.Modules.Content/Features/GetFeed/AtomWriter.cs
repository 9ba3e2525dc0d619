using System.ServiceModel.Syndication;
using System.Xml;
using SmartRoom.Modules.Content.Site;

namespace SmartRoom.Modules.Content.Features.GetFeed;

/// <summary>
/// Atom 1.0 (RFC 4287), through the framework's <see cref="Atom10FeedFormatter"/>: the feed with its id, title,
/// <c>updated</c>, links <c>self</c> and <c>alternate</c> and an author; each post with an id that never changes
/// (<c>urn:uuid:</c> and the post's id, so a new slug is not a new entry), title, <c>published</c> and <c>updated</c>
/// (RFC 3339), its page as <c>alternate</c>, its author, the summary as text, the sanitised HTML as
/// <c>content type="html"</c> and a <c>category term</c> per tag.
/// </summary>
internal static class AtomWriter
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public static byte[] Write(FeedChannel channel, string publisher)
    {
        var feed = new SyndicationFeed(FeedText.Xml(channel.Title), FeedText.Xml(channel.Description), channel.Page, channel.Id, channel.Updated)
        {
            Language = channel.Language,
            Items = channel.Entries.Select(Entry).ToList(),
        };
        feed.Links.Add(new SyndicationLink(channel.Self, "self", null, "application/atom+xml", 0));
        feed.Authors.Add(new SyndicationPerson(null, FeedText.Xml(publisher), null));
        return SiteXml.Write(xml => new Atom10FeedFormatter(feed).WriteTo(xml));
    }

    private static SyndicationItem Entry(FeedEntry entry)
    {
        var item = new SyndicationItem(FeedText.Xml(entry.Title), (SyndicationContent?)null, entry.Link, "urn:uuid:" + entry.Id.ToString("D"), entry.Updated)
        {
            PublishDate = entry.Published,
            Summary = new TextSyndicationContent(FeedText.Xml(entry.Summary), TextSyndicationContentKind.Plaintext),
            Content = new TextSyndicationContent(FeedText.Xml(entry.Html), TextSyndicationContentKind.Html),
        };
        item.Authors.Add(new SyndicationPerson(null, FeedText.Xml(entry.Author), null));
        foreach (var tag in entry.Tags)
        {
            item.Categories.Add(new SyndicationCategory(tag.Tag, null, FeedText.Xml(tag.Name)));
        }

        return item;
    }
}
