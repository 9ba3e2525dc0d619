namespace SmartRoom.Modules.Content.Site;

/// <summary>
/// What every page's layout needs beside the page itself: the site's name, the absolute base of canonical links, the
/// stylesheet's address (with its version), the cookie banner when it is to be shown, and the antiforgery field of
/// the page's forms (the banner's, or the page's own) when it has any.
/// </summary>
internal sealed record SiteFrame(string SiteName, string BaseUrl, string StylesheetUrl, CookieBanner? Banner, FormToken? Form)
{
    /// <summary>The absolute address of <paramref name="path"/> on the public site.</summary>
    public string Absolute(string path) => BaseUrl + path;
}
