using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Identity;

/// <summary>An admin-required second factor holds on every path (bearer, cookie, dashboard), from the account's state.</summary>
public sealed class TwoFactorRequirementTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task An_admin_who_owes_a_second_factor_does_not_reach_the_dashboard_with_a_cookie()
    {
        var target = await App.SignUpAsync();
        var admin = await App.AdminAsync();
        var id = await IdOf(target);
        (await admin.PutAsJsonAsync($"/api/admin/users/{id}/roles", new { roles = new[] { "Admin" } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PostAsync($"/api/admin/users/{id}/require-2fa", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var browser = CookieClient();
        (await browser.PostAsJsonAsync("/api/identity/login?useCookies=true", new { email = target.Email, password = target.Password }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        (await browser.GetAsync("/hangfire")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await browser.GetAsync("/api/notifications")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await browser.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.OK, "the account endpoints stay open to set it up");
    }

    [Fact]
    public async Task A_token_issued_before_the_requirement_is_confined_at_once()
    {
        var target = await App.SignUpAsync();
        var before = App.ClientWithToken(target.Tokens.AccessToken);
        (await before.GetAsync("/api/notifications")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await (await App.AdminAsync()).PostAsync($"/api/admin/users/{await IdOf(target)}/require-2fa", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await before.GetAsync("/api/notifications")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await before.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_cookie_stays_confined_after_its_security_stamp_is_revalidated()
    {
        var target = await App.SignUpAsync();
        (await (await App.AdminAsync()).PostAsync($"/api/admin/users/{await IdOf(target)}/require-2fa", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var browser = CookieClient();
        (await browser.PostAsJsonAsync("/api/identity/login?useCookies=true", new { email = target.Email, password = target.Password }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.GetAsync("/api/notifications")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        App.Clock.Advance(TimeSpan.FromMinutes(31)); // past the cookie's security-stamp validation interval

        (await browser.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.GetAsync("/api/notifications")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Once_the_second_factor_is_enabled_the_same_token_reaches_everything()
    {
        var target = await App.SignUpAsync();
        (await (await App.AdminAsync()).PostAsync($"/api/admin/users/{await IdOf(target)}/require-2fa", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var confined = App.ClientWithToken((await App.CreateClient().LoginForTokensAsync(target.Email)).AccessToken);
        (await confined.GetAsync("/api/notifications")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var state = await (await confined.PostAsJsonAsync("/api/identity/manage/2fa", new { })).Content.ReadFromJsonAsync<TwoFactorState>();
        (await confined.PostAsJsonAsync("/api/identity/manage/2fa", new { enable = true, twoFactorCode = Totp.Code(state!.SharedKey) }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        (await confined.GetAsync("/api/notifications")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<Guid> IdOf(SignedInUser user) =>
        (await App.ClientWithToken(user.Tokens.AccessToken).GetFromJsonAsync<MeResponse>("/api/me"))!.Id;

    private HttpClient CookieClient() =>
        App.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
}
