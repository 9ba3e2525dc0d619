using Microsoft.Extensions.Options;
using SmartRoom.BuildingBlocks.Configuration;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.GetFeed;

internal sealed class GetFeedHandler(ContentDbContext db, SmartRoomOptions platform, IOptions<FeedOptions> options, SiteDocumentCache documents)
    : IQueryHandler<GetFeed, Result<SiteDocument>>
{
    public async ValueTask<Result<SiteDocument>> Handle(GetFeed query, CancellationToken cancellationToken) =>
        await documents.GetOrRenderAsync(db, $"feed|{query.Format}|{query.Tag}", () => RenderAsync(query, cancellationToken), cancellationToken);

    private async Task<Result<SiteDocument>> RenderAsync(GetFeed query, CancellationToken cancellationToken)
    {
        // A tag is at most 60 characters (its column) and holds no control character: anything else names no tag.
        if (query.Tag is { } asked && (asked.Length is 0 or > 60 || asked.Any(char.IsControl)))
        {
            return Error.NotFound("tag");
        }

        var settings = options.Value;
        var posts = query.Tag is { } tag ? PublicPosts.Tagged(db, tag) : PublicPosts.Query(db);
        // Two steps: ordering and limiting first reads only the index and each row's id; the posts' HTML is read for the
        // few shown, not for every public post the sort passes over.
        var newest = await PublicPosts.Newest(posts).Take(Math.Clamp(settings.Items, 1, 100)).Select(p => p.Id).ToListAsync(cancellationToken);
        var loaded = await PublicPosts.Query(db)
            .Where(p => newest.Contains(p.Id))
            .Select(p => new
            {
                p.Id, p.Slug, p.Title, p.Summary, p.Html, p.AuthorName, p.PublishedAt, p.UpdatedAt,
                Tags = p.Tags.OrderBy(t => t.Tag).Select(t => new FeedTag(t.Tag, t.Name)).ToList(),
            })
            .ToListAsync(cancellationToken);
        var rows = loaded.OrderBy(p => newest.IndexOf(p.Id)).ToList();
        if (query.Tag is not null && rows.Count == 0)
        {
            return Error.NotFound("tag");
        }

        var site = platform.PublicBaseUrl.TrimEnd('/');
        var entries = rows.Select(p => new FeedEntry(p.Id, new Uri($"{site}/blog/{Uri.EscapeDataString(p.Slug)}"), p.Title, p.Summary, p.Html,
            p.AuthorName, p.PublishedAt ?? p.UpdatedAt, PublicChanges.Latest(p.PublishedAt, p.UpdatedAt), p.Tags)).ToList();

        var changed = PublicChanges.Newest(entries.Select(e => e.Updated), await PublicChanges.NewestRemovalAsync(db, cancellationToken));
        var extension = query.Format == GetFeed.Formats.Rss ? "rss.xml" : "atom.xml";
        var (title, page) = query.Tag is { } name
            ? ($"{settings.Title}: {rows[0].Tags.First(t => t.Tag == name).Name}", $"{site}/blog/tags/{Uri.EscapeDataString(name)}")
            : (settings.Title, $"{site}/blog");
        var channel = new FeedChannel(title, settings.Description, settings.Language, new Uri($"{page}/{extension}"), new Uri(page), page,
            changed ?? DateTimeOffset.UnixEpoch, entries);

        return query.Format == GetFeed.Formats.Rss
            ? new SiteDocument(RssWriter.Write(channel), RssWriter.ContentType, changed)
            : new SiteDocument(AtomWriter.Write(channel, settings.Title), AtomWriter.ContentType, changed);
    }
}
