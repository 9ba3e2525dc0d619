using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Platform;

public sealed class DashboardTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task The_dashboard_refuses_anonymous_visitors()
    {
        var response = await CookieClient().GetAsync("/hangfire");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_dashboard_refuses_a_signed_in_non_admin()
    {
        var user = await App.SignUpAsync();
        var client = CookieClient();
        (await client.PostAsJsonAsync("/api/identity/login?useCookies=true", new { email = user.Email, password = user.Password }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await client.GetAsync("/hangfire");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_dashboard_admits_an_admin_and_lists_the_retry_job()
    {
        var client = CookieClient();
        (await client.PostAsJsonAsync("/api/identity/login?useCookies=true", new { email = SmartRoomApp.AdminEmail, password = SmartRoomApp.AdminPassword }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await client.GetAsync("/hangfire/recurring");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("notifications:dispatch-retry");
    }

    [Fact]
    public async Task A_bearer_token_does_not_open_the_dashboard()
    {
        var tokens = await App.CreateClient().LoginForTokensAsync(SmartRoomApp.AdminEmail, SmartRoomApp.AdminPassword);

        var response = await App.ClientWithToken(tokens.AccessToken).GetAsync("/hangfire");

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
    }

    private HttpClient CookieClient() =>
        App.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
}
