using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace SmartRoom.IntegrationTests.Infrastructure;

/// <summary>
/// The test server has no client address; this gives each request the one in <c>X-Test-Client-IP</c>
/// (default 127.0.0.1), so rate limits and sign-in records see distinct clients.
/// </summary>
internal sealed class ClientAddressStartupFilter : IStartupFilter
{
    public const string Header = "X-Test-Client-IP";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, nextMiddleware) =>
        {
            http.Connection.RemoteIpAddress = IPAddress.TryParse(http.Request.Headers[Header].ToString(), out var ip) ? ip : IPAddress.Loopback;
            return nextMiddleware(http);
        });
        next(app);
    };
}
