using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Platform;

public sealed class EndpointAuthorizationTests(SmartRoomApp app) : AppTest(app)
{
    /// <summary>Everything a visitor may reach without signing in. Adding to it is a decision, made here.</summary>
    private static readonly string[] PublicEndpoints =
    [
        "* /health/live",
        "* /health/ready",
        "GET /openapi/{documentName}.json",
        "GET /scalar/{documentName?}",
        "GET /scalar/favicon.svg",
        "GET /scalar/scalar.aspnetcore.js",
        "GET /scalar/scalar.js",
        "POST /api/identity/register",
        "GET /api/identity/confirm-email",
        "POST /api/identity/login",
        "POST /api/identity/refresh",
        "POST /api/identity/forgot-password",
        "POST /api/identity/reset-password",
        "GET /api/notifications/unsubscribe",
        "POST /api/notifications/unsubscribe",
        "GET /api/privacy/policy",
        "GET /api/privacy/policies",
        "GET /api/privacy/policies/{number:int}",
        "GET /api/privacy/purposes",
        "POST /api/privacy/cookie-consent",
        "GET /api/privacy/cookie-consent",
        // The public site (Content): pages anyone may read, its stylesheet, and the cookie banner's form.
        "GET /",
        "GET /blog",
        "GET /blog/{slug}",
        "GET /blog/tags/{tag}",
        "GET /testimonials",
        "GET /privacy",
        "GET /cookies",
        "POST /cookies",
        "GET /site.css",
        "GET /favicon.svg",
        "GET /api/content/testimonials",
        "GET /api/content/testimonials/consent-text",
        "GET /api/content/images/{imageId:guid}",
        "GET /api/content/posts",
        "GET /api/content/posts/{slug}",
        "GET /api/content/tags",
        "POST /api/content/removal-requests",
        "GET /api/content/posts/{slug}/comments",
        "GET /blog/rss.xml",
        "GET /blog/atom.xml",
        "GET /blog/tags/{tag}/rss.xml",
        "GET /blog/tags/{tag}/atom.xml",
        "GET /sitemap.xml",
        "GET /robots.txt",
    ];

    [Fact]
    public void Every_endpoint_requires_authorization_unless_it_is_on_the_public_list()
    {
        var endpoints = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        endpoints.Count.ShouldBeGreaterThan(PublicEndpoints.Length);

        var stated = endpoints.Where(e => !e.Metadata.OfType<IAllowAnonymous>().Any()).ToList();
        var silent = stated
            .Where(e => !e.Metadata.OfType<IAuthorizeData>().Any() && !e.Metadata.OfType<AuthorizationPolicy>().Any())
            .Select(Describe)
            .ToList();
        silent.ShouldBeEmpty("these endpoints state no authorization rule");

        var anonymous = endpoints.Where(e => e.Metadata.OfType<IAllowAnonymous>().Any()).Select(Describe).Distinct().Order(StringComparer.Ordinal).ToList();
        anonymous.ShouldBe(PublicEndpoints.Order(StringComparer.Ordinal).ToList(), "anonymous endpoints must be on the explicit public list");
    }

    private static string Describe(RouteEndpoint endpoint)
    {
        var methods = endpoint.Metadata.OfType<Microsoft.AspNetCore.Routing.HttpMethodMetadata>().FirstOrDefault()?.HttpMethods ?? ["*"];
        return $"{string.Join(",", methods)} /{endpoint.RoutePattern.RawText?.TrimStart('/')}";
    }
}
