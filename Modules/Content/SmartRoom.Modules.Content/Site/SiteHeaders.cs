namespace SmartRoom.Modules.Content.Site;

/// <summary>
/// The headers of every page: a Content-Security-Policy that allows nothing inline (no script at all, styles only from
/// the site's own stylesheet, images and form posts only to this site), and caching that fits a page whose cookie
/// banner depends on the visitor's cookie.
/// </summary>
internal static class SiteHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>A page without a form: kept by the browser only, revalidated every time (ETag, 304).</summary>
    public const string RevalidatedPage = "private, no-cache";

    /// <summary>A page with the banner's forms carries a fresh antiforgery token: never stored.</summary>
    public const string PageWithForm = "no-store";

    public static void Apply(HttpResponse response, string cacheControl)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.CacheControl = cacheControl;
        response.Headers.Pragma = default;
        response.Headers.Vary = "Cookie";
    }
}
