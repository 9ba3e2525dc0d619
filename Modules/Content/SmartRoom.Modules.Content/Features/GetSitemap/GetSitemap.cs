using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.GetSitemap;

/// <summary>
/// The public site's sitemap (sitemaps.org 0.9): the blog's index, every public post and tag page, the testimonials and
/// the privacy policy, with absolute addresses. Never a draft, a scheduled or an unpublished post.
/// </summary>
internal sealed record GetSitemap : IQuery<Result<SiteDocument>>;

/// <summary>One address of the sitemap and, where known, when what it shows last changed.</summary>
internal sealed record SitemapEntry(string Location, DateTimeOffset? LastModified);
