using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using SmartRoom.IntegrationTests.Identity;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Privacy;

public sealed class VisitorCookieSecurityTests(ProductionApp app) : IClassFixture<ProductionApp>
{
    [Fact]
    public async Task Outside_Development_the_visitor_cookie_is_Secure_HttpOnly_and_Lax()
    {
        await app.ResetAsync();
        var visitor = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });

        var response = await visitor.PostAsJsonAsync("/api/privacy/cookie-consent", new { rejectAll = true });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("smartroom_visitor=", StringComparison.Ordinal));
        cookie.ShouldContain("secure", Case.Insensitive);
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=lax", Case.Insensitive);
        await app.Work.WaitUntilQuietAsync();
        await app.Work.AssertNoFailuresAsync();
    }
}
