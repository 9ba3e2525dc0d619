using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// How public blog answers are cached: a strong <c>ETag</c> from what the answer is made of (a post's id and version;
/// a page's ids and versions and the total), <c>Cache-Control: public, max-age=60</c> (instead of the API's default
/// <c>no-store</c>), <c>Last-Modified</c> from the newest <c>UpdatedAt</c>; a matching <c>If-None-Match</c> gets 304
/// with no body.
/// </summary>
internal static class PublicCaching
{
    public const string CacheControl = "public, max-age=60";

    /// <summary>A strong entity tag over the parts, in order.</summary>
    public static string ETag(IEnumerable<string> parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts)));
        return "\"" + Convert.ToHexStringLower(hash.AsSpan(0, 16)) + "\"";
    }

    public static string ETag(Guid id, int version) => ETag([id.ToString("N"), version.ToString(CultureInfo.InvariantCulture)]);

    /// <summary>The answer: 304 when the caller holds this version, else 200 with the body; both with the caching headers.</summary>
    public static IResult Answer<T>(HttpContext http, T body, string etag, DateTimeOffset? lastModified)
    {
        var headers = http.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = CacheControl;
        if (lastModified is { } modified)
        {
            headers.LastModified = HeaderUtilities.FormatDate(modified);
        }

        return HoldsCurrent(http.Request, etag) ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : TypedResults.Ok(body);
    }

    /// <summary>
    /// Whether the request's <c>If-None-Match</c> names <paramref name="etag"/> (or is <c>*</c>): the one rule for every
    /// conditional answer of Content — the API, the pages, the stylesheet, the feeds. Weak comparison (RFC 9110
    /// §8.8.3.2): a proxy that compressed the body may have weakened the tag.
    /// </summary>
    public static bool HoldsCurrent(HttpRequest request, string etag) =>
        request.Headers.IfNoneMatch.SelectMany(v => (v ?? "").Split(',')).Select(v => v.Trim())
            .Any(v => v == "*" || v == etag || (v.StartsWith("W/", StringComparison.Ordinal) && v[2..] == etag));
}
