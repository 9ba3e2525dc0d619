using System.Text.RegularExpressions;

namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// What an address of this site names: a post by its slug (current or old), or one comment on it. The rule for
/// reading one out of what a person pastes into a removal request: absolute on this site's public base address (same
/// scheme, host and port, under its path) or relative (<c>/…</c>), one of
/// <c>/blog/{slug}</c>, <c>/blog/{slug}#comment-{commentId}</c>, <c>/api/content/posts/{slug}</c>,
/// <c>/api/content/posts/{slug}/comments/{commentId}</c>; a trailing slash and a query are ignored. Anything else
/// (another site, another path, a malformed slug or id) names nothing.
/// </summary>
internal sealed partial record ContentAddress(string Slug, Guid? CommentId)
{
    public const int MaxLength = 2000;

    public static ContentAddress? Parse(string? url, string publicBaseUrl)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > MaxLength || !Uri.TryCreate(publicBaseUrl, UriKind.Absolute, out var site))
        {
            return null;
        }

        url = url.Trim();
        string path;
        string fragment;
        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal))
        {
            if (!Uri.TryCreate(site, url, out var resolved))
            {
                return null;
            }

            (path, fragment) = (resolved.AbsolutePath, resolved.Fragment);
        }
        else if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && IsOnSite(absolute, site))
        {
            (path, fragment) = (absolute.AbsolutePath, absolute.Fragment);
        }
        else
        {
            return null;
        }

        var basePath = site.AbsolutePath.TrimEnd('/');
        if (basePath.Length > 0)
        {
            if (!path.StartsWith(basePath + "/", StringComparison.Ordinal))
            {
                return null;
            }

            path = path[basePath.Length..];
        }

        if (path.Length > 1)
        {
            path = path.TrimEnd('/');
        }

        if (BlogPath().Match(path) is { Success: true } blog)
        {
            var slug = blog.Groups["slug"].Value;
            if (fragment.Length == 0)
            {
                return new ContentAddress(slug, null);
            }

            return CommentFragment().Match(fragment) is { Success: true } comment && Guid.TryParse(comment.Groups["id"].Value, out var id) && id != Guid.Empty
                ? new ContentAddress(slug, id)
                : null;
        }

        if (fragment.Length > 0)
        {
            return null;
        }

        if (ApiPostPath().Match(path) is { Success: true } post)
        {
            return new ContentAddress(post.Groups["slug"].Value, null);
        }

        return ApiCommentPath().Match(path) is { Success: true } apiComment && Guid.TryParse(apiComment.Groups["id"].Value, out var commentId) && commentId != Guid.Empty
            ? new ContentAddress(apiComment.Groups["slug"].Value, commentId)
            : null;
    }

    private static bool IsOnSite(Uri address, Uri site) =>
        (address.Scheme == Uri.UriSchemeHttp || address.Scheme == Uri.UriSchemeHttps)
        && string.Equals(address.Scheme, site.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(address.IdnHost, site.IdnHost, StringComparison.OrdinalIgnoreCase)
        && address.Port == site.Port
        && string.IsNullOrEmpty(address.UserInfo);

    private const string SlugPattern = "(?<slug>[a-z0-9]+(?:-[a-z0-9]+)*)";

    [GeneratedRegex("^/blog/" + SlugPattern + "$", RegexOptions.CultureInvariant)]
    private static partial Regex BlogPath();

    [GeneratedRegex("^/api/content/posts/" + SlugPattern + "$", RegexOptions.CultureInvariant)]
    private static partial Regex ApiPostPath();

    [GeneratedRegex("^/api/content/posts/" + SlugPattern + "/comments/(?<id>[0-9a-fA-F-]{36})$", RegexOptions.CultureInvariant)]
    private static partial Regex ApiCommentPath();

    [GeneratedRegex("^#comment-(?<id>[0-9a-fA-F-]{36})$", RegexOptions.CultureInvariant)]
    private static partial Regex CommentFragment();
}
