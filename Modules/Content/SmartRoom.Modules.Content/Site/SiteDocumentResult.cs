using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Site;

/// <summary>
/// Serves a <see cref="SiteDocument"/> to be kept by browsers, feed readers and proxies for five minutes: a strong
/// <c>ETag</c> (SHA-256 of the bytes, so any change of the text changes it), <c>Last-Modified</c> from the newest change
/// the document shows, <c>Cache-Control: public, max-age=300</c>; and 304 without a body when the client's copy is
/// current (<c>If-None-Match</c>, or else <c>If-Modified-Since</c>, as RFC 9110 §13.2.2 orders them).
/// </summary>
internal sealed class SiteDocumentResult(SiteDocument document) : IResult
{
    public const string CacheControl = "public, max-age=300";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var bytes = document.Body;
        var etag = "\"" + Convert.ToBase64String(SHA256.HashData(bytes).AsSpan(0, 18)).Replace('+', '-').Replace('/', '_') + "\"";
        // HTTP dates have whole seconds: compare and send the change time as a client will send it back.
        var lastModified = document.LastModified is { } changed ? changed.AddTicks(-(changed.UtcTicks % TimeSpan.TicksPerSecond)) : (DateTimeOffset?)null;

        var response = httpContext.Response;
        response.Headers.ETag = etag;
        response.Headers.CacheControl = CacheControl;
        if (lastModified is { } modified)
        {
            response.Headers.LastModified = modified.ToString("r", CultureInfo.InvariantCulture);
        }

        if (IsCurrent(httpContext.Request, etag, lastModified))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = document.ContentType;
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, httpContext.RequestAborted);
    }

    private static bool IsCurrent(HttpRequest request, string etag, DateTimeOffset? lastModified)
    {
        if (request.Headers.IfNoneMatch.Count > 0)
        {
            return PublicCaching.HoldsCurrent(request, etag);
        }

        return lastModified is { } modified
            && request.Headers.IfModifiedSince.Count > 0
            && HeaderUtilities.TryParseDate(request.Headers.IfModifiedSince.ToString(), out var since)
            && modified <= since;
    }
}
