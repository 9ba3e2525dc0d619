using System.Security.Cryptography;
using SmartRoom.BuildingBlocks.Modules;

namespace SmartRoom.Modules.Content.Site;

/// <summary>
/// The site's one stylesheet (<c>Site/site.css</c>, embedded), served at <c>GET /site.css</c>. Pages link it with its
/// hash as version (<see cref="Url"/>), so it is cached for a year and a new release is fetched at once.
/// </summary>
internal static class SiteStylesheet
{
    private static readonly byte[] Bytes = Load();

    public static readonly string Version = Convert.ToHexStringLower(SHA256.HashData(Bytes).AsSpan(0, 8));

    public static readonly string Url = "/site.css?v=" + Version;

    private static readonly string ETag = "\"" + Version + "\"";

    // Public: the stylesheet of the public pages, which anyone may read.
    public static void Map(IEndpointRouteBuilder site) =>
        site.MapGet("/site.css", (HttpContext http) =>
            {
                http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                http.Response.Headers.ETag = ETag;
                return PublicCaching.HoldsCurrent(http.Request, ETag)
                    ? Results.StatusCode(StatusCodes.Status304NotModified)
                    : Results.Bytes(Bytes, "text/css; charset=utf-8");
            })
            .WithName("GetSiteStylesheet")
            .WithSummary("The public site's stylesheet.")
            .ExcludeFromDescription()
            .Public();

    private static byte[] Load()
    {
        using var stream = typeof(SiteStylesheet).Assembly.GetManifestResourceStream("SmartRoom.Modules.Content.Site.site.css")
            ?? throw new InvalidOperationException("The site's stylesheet is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
