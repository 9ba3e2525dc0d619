using System.Globalization;
using SmartRoom.BuildingBlocks.Configuration;
using SmartRoom.Modules.Content.Site;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.GetSitemap;

internal sealed class GetSitemapHandler(ContentDbContext db, SmartRoomOptions platform, SiteDocumentCache documents)
    : IQueryHandler<GetSitemap, Result<SiteDocument>>
{
    public const string ContentType = "application/xml; charset=utf-8";

    /// <summary>The protocol's limit for one sitemap file; past it a sitemap index would be needed.</summary>
    public const int MaxAddresses = 50_000;

    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public async ValueTask<Result<SiteDocument>> Handle(GetSitemap query, CancellationToken cancellationToken) =>
        await documents.GetOrRenderAsync(db, "sitemap", () => RenderAsync(cancellationToken), cancellationToken);

    private async Task<Result<SiteDocument>> RenderAsync(CancellationToken cancellationToken)
    {
        var posts = await PublicPosts.Newest(PublicPosts.Query(db))
            .Take(MaxAddresses - 3)
            .Select(p => new { p.Id, p.Slug, p.PublishedAt, p.UpdatedAt })
            .ToListAsync(cancellationToken);
        var latest = posts.ToDictionary(p => p.Id, p => PublicChanges.Latest(p.PublishedAt, p.UpdatedAt));
        var tags = await (
                from p in PublicPosts.Query(db)
                join t in db.PostTags.AsNoTracking() on p.Id equals t.PostId
                select new { t.Tag, p.Id })
            .ToListAsync(cancellationToken);
        var changed = PublicChanges.Newest(latest.Values, await PublicChanges.NewestRemovalAsync(db, cancellationToken));

        var site = platform.PublicBaseUrl.TrimEnd('/');
        var entries = new List<SitemapEntry> { new($"{site}/blog", changed) };
        entries.AddRange(posts.Select(p => new SitemapEntry($"{site}/blog/{Uri.EscapeDataString(p.Slug)}", latest[p.Id])));
        entries.AddRange(tags
            .Where(t => latest.ContainsKey(t.Id))
            .GroupBy(t => t.Tag, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SitemapEntry($"{site}/blog/tags/{Uri.EscapeDataString(g.Key)}", g.Max(t => latest[t.Id]))));
        entries.Add(new SitemapEntry($"{site}/testimonials", null));
        entries.Add(new SitemapEntry($"{site}/privacy", null));

        return new SiteDocument(Write(entries.Take(MaxAddresses)), ContentType, changed);
    }

    private static byte[] Write(IEnumerable<SitemapEntry> entries) => SiteXml.Write(xml =>
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("urlset", Namespace);
        foreach (var entry in entries)
        {
            xml.WriteStartElement("url", Namespace);
            xml.WriteElementString("loc", Namespace, entry.Location);
            if (entry.LastModified is { } modified)
            {
                // W3C Datetime, to the second, in UTC.
                xml.WriteElementString("lastmod", Namespace, modified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    });
}
