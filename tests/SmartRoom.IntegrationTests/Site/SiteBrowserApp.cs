using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.Modules.Content.Site;

namespace SmartRoom.IntegrationTests.Site;

/// <summary>
/// The real host served over Kestrel on a free loopback port, so that a real browser can load its pages; plus one
/// test-only page that breaks the site's Content-Security-Policy on purpose (<see cref="ViolationPath"/>), which
/// proves the browser's complaints are heard.
/// </summary>
public sealed class SiteBrowserApp : SmartRoomApp
{
    public const string ViolationPath = "/test-only/csp-violation";

    protected override bool ServesOverKestrel => true;

    /// <summary>Where the host listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Address => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ViolationPageStartupFilter>());
    }

    private sealed class ViolationPageStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (http, following) =>
            {
                if (http.Request.Path != ViolationPath)
                {
                    await following(http);
                    return;
                }

                http.Response.Headers.ContentSecurityPolicy = SiteHeaders.ContentSecurityPolicy;
                http.Response.ContentType = "text/html; charset=utf-8";
                await http.Response.WriteAsync(
                    "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Violation</title><style>p { color: red; }</style></head>"
                    + "<body><h1>Deliberate violation</h1><p style=\"color: red\">Inline style, refused by the policy.</p></body></html>");
            });
            next(app);
        };
    }
}
