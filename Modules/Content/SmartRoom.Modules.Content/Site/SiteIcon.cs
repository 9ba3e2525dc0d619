using SmartRoom.BuildingBlocks.Modules;

namespace SmartRoom.Modules.Content.Site;

/// <summary>
/// The site's icon, a small SVG served at <c>GET /favicon.svg</c> and linked from every page, so that browsers do not
/// ask for a <c>/favicon.ico</c> that does not exist.
/// </summary>
internal static class SiteIcon
{
    public const string Url = "/favicon.svg";

    private const string Svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\"><rect width=\"32\" height=\"32\" rx=\"6\" fill=\"#1d232a\"/>"
        + "<path d=\"M9 11h14v12H9z\" fill=\"none\" stroke=\"#fff\" stroke-width=\"2\"/><path d=\"M13 11V8h6v3\" fill=\"none\" stroke=\"#fff\" stroke-width=\"2\"/></svg>";

    private static readonly byte[] Bytes = System.Text.Encoding.UTF8.GetBytes(Svg);

    // Public: the icon of the public pages, which anyone may load.
    public static void Map(IEndpointRouteBuilder site) =>
        site.MapGet(Url, (HttpContext http) =>
            {
                http.Response.Headers.CacheControl = "public, max-age=86400";
                http.Response.Headers.ContentSecurityPolicy = "default-src 'none'";
                return Results.Bytes(Bytes, "image/svg+xml");
            })
            .WithName("GetSiteIcon")
            .WithSummary("The public site's icon.")
            .ExcludeFromDescription()
            .Public();
}
