using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Identity;

/// <summary>
/// "Sudo mode": turning 2FA off, the shared key, new recovery codes and email or password changes need a
/// proof (sign-in, reauthentication, enabling 2FA with a code) from the last five minutes, and are emailed.
/// </summary>
public sealed class SudoModeTests(SmartRoomApp app) : AppTest(app)
{
    private const string FirefoxOnLinux = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

    [Fact]
    public async Task Without_a_recent_proof_sensitive_changes_answer_sudo_required_until_the_owner_reauthenticates()
    {
        var user = await App.SignUpAsync();
        var me = App.ClientWithToken(user.Tokens.AccessToken);
        App.Clock.Advance(TimeSpan.FromMinutes(6)); // the sign-in was the last proof

        await ShouldNeedSudo(await me.PostAsJsonAsync("/api/identity/manage/info", new { newPassword = "another good passphrase", oldPassword = user.Password }));
        await ShouldNeedSudo(await me.PostAsJsonAsync("/api/identity/manage/info", new { newEmail = IdentityApi.NewEmail("moved") }));
        await ShouldNeedSudo(await me.PostAsJsonAsync("/api/identity/manage/2fa", new { resetRecoveryCodes = true }));
        await ShouldNeedSudo(await me.PostAsJsonAsync("/api/identity/manage/2fa", new { resetSharedKey = true }));
        var read = await (await me.PostAsJsonAsync("/api/identity/manage/2fa", new { })).Content.ReadFromJsonAsync<TwoFactorState>();
        read!.SharedKey.ShouldBeNull("the shared key is not shown without a recent proof");
        (await me.PostAsJsonAsync("/api/identity/manage/info", new { newEmail = user.Email })).StatusCode
            .ShouldBe(HttpStatusCode.OK, "no change, no proof needed");

        var proof = await me.PostAsJsonAsync("/api/identity/reauthenticate", new { password = user.Password });
        proof.StatusCode.ShouldBe(HttpStatusCode.OK, await proof.Content.ReadAsStringAsync());
        (await proof.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("validUntil").GetDateTimeOffset()
            .ShouldBe(App.Clock.GetUtcNow().AddMinutes(5), TimeSpan.FromSeconds(2));

        (await me.PostAsJsonAsync("/api/identity/manage/2fa", new { resetRecoveryCodes = true })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await me.PostAsJsonAsync("/api/identity/manage/2fa", new { })).Content.ReadFromJsonAsync<TwoFactorState>())!
            .SharedKey.ShouldNotBeNullOrEmpty();

        App.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        await ShouldNeedSudo(await me.PostAsJsonAsync("/api/identity/manage/2fa", new { resetRecoveryCodes = true }));
    }

    [Fact]
    public async Task A_refreshed_token_keeps_the_sessions_proof_time_and_another_session_has_its_own()
    {
        var user = await App.SignUpAsync();
        App.Clock.Advance(TimeSpan.FromMinutes(6));
        var refreshed = await (await App.CreateClient().RefreshAsync(user.Tokens.RefreshToken)).Content.ReadFromJsonAsync<TokenPair>();
        var fresh = await App.CreateClient().LoginForTokensAsync(user.Email);

        await ShouldNeedSudo(await App.ClientWithToken(refreshed!.AccessToken).PostAsJsonAsync("/api/identity/manage/2fa", new { resetRecoveryCodes = true }));
        (await App.ClientWithToken(fresh.AccessToken).PostAsJsonAsync("/api/identity/manage/2fa", new { resetRecoveryCodes = true }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task With_two_factor_on_the_proof_needs_a_code_and_turning_it_off_is_emailed_with_where_from()
    {
        var user = await App.SignUpAsync();
        var key = await EnableTwoFactorAsync(user);
        await App.Smtp.WaitForAsync(user.Email, m => (m.Subject ?? "").Contains("Two-factor sign-in turned on", StringComparison.Ordinal));
        App.Clock.Advance(TimeSpan.FromMinutes(6));
        var me = App.ClientWithToken(user.Tokens.AccessToken, "203.0.113.9", FirefoxOnLinux);

        await ShouldNeedSudo(await me.PostAsJsonAsync("/api/identity/manage/2fa", new { enable = false }));
        var passwordOnly = await me.PostAsJsonAsync("/api/identity/reauthenticate", new { password = user.Password });
        passwordOnly.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await passwordOnly.ProblemAsync()).GetProperty("errors").TryGetProperty("twoFactorCode", out _).ShouldBeTrue();

        (await me.PostAsJsonAsync("/api/identity/reauthenticate", new { twoFactorCode = Totp.Code(key, stepOffset: 1) })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await me.PostAsJsonAsync("/api/identity/manage/2fa", new { enable = false })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var notice = await App.Smtp.WaitForAsync(user.Email, m => (m.Subject ?? "").Contains("Two-factor sign-in turned off", StringComparison.Ordinal));
        notice.TextBody!.ShouldContain("203.0.113.9");
        notice.TextBody!.ShouldContain("Firefox 133");
        notice.TextBody!.ShouldContain("Linux");
        notice.TextBody!.ShouldContain("http://smartroom.test/");
    }

    [Fact]
    public async Task Wrong_reauthentication_attempts_count_toward_lockout()
    {
        var user = await App.SignUpAsync();
        var me = App.ClientWithToken(user.Tokens.AccessToken);

        for (var i = 0; i < 5; i++)
        {
            (await me.PostAsJsonAsync("/api/identity/reauthenticate", new { password = "not my password at all" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        (await (await me.PostAsJsonAsync("/api/identity/reauthenticate", new { password = user.Password })).CodeAsync()).ShouldBe("locked-out");
        (await (await App.CreateClient().LoginAsync(user.Email)).CodeAsync()).ShouldBe("locked-out");
    }

    [Fact]
    public async Task An_email_change_tells_the_old_address_when_and_from_where()
    {
        var user = await App.SignUpAsync();
        var newEmail = IdentityApi.NewEmail("moved");

        (await App.ClientWithToken(user.Tokens.AccessToken, "198.51.100.23", FirefoxOnLinux).PostAsJsonAsync("/api/identity/manage/info", new { newEmail }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var notice = await App.Smtp.WaitForAsync(user.Email, m => (m.Subject ?? "").Contains("being changed", StringComparison.Ordinal));
        notice.TextBody!.ShouldContain(newEmail);
        notice.TextBody!.ShouldContain("198.51.100.23");
        notice.TextBody!.ShouldContain("Firefox 133");
        await QuietAsync();
        App.Smtp.To(user.Email).Count(m => (m.Subject ?? "").Contains("being changed", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task A_password_change_is_emailed_with_where_from()
    {
        var user = await App.SignUpAsync();

        (await App.ClientWithToken(user.Tokens.AccessToken, "198.51.100.24", FirefoxOnLinux)
            .PostAsJsonAsync("/api/identity/manage/info", new { newPassword = "another good passphrase", oldPassword = user.Password }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var notice = await App.Smtp.WaitForAsync(user.Email, m => (m.Subject ?? "").Contains("password was changed", StringComparison.Ordinal));
        notice.TextBody!.ShouldContain("198.51.100.24");
        notice.TextBody!.ShouldContain("Firefox 133");
    }

    [Fact]
    public async Task A_cookie_sign_in_is_a_proof_for_a_few_minutes_and_reauthentication_renews_it()
    {
        var user = await App.SignUpAsync();
        var browser = App.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        (await browser.PostAsJsonAsync("/api/identity/login?useCookies=true", new { email = user.Email, password = user.Password }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        (await browser.PostAsJsonAsync("/api/identity/manage/2fa", new { resetRecoveryCodes = true })).StatusCode.ShouldBe(HttpStatusCode.OK);
        App.Clock.Advance(TimeSpan.FromMinutes(6));
        await ShouldNeedSudo(await browser.PostAsJsonAsync("/api/identity/manage/2fa", new { resetRecoveryCodes = true }));

        (await browser.PostAsJsonAsync("/api/identity/reauthenticate", new { password = user.Password })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.PostAsJsonAsync("/api/identity/manage/2fa", new { resetRecoveryCodes = true })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<string> EnableTwoFactorAsync(SignedInUser user)
    {
        var me = App.ClientWithToken(user.Tokens.AccessToken);
        var state = await (await me.PostAsJsonAsync("/api/identity/manage/2fa", new { })).Content.ReadFromJsonAsync<TwoFactorState>();
        (await me.PostAsJsonAsync("/api/identity/manage/2fa", new { enable = true, twoFactorCode = Totp.Code(state!.SharedKey) }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        return state.SharedKey;
    }

    private static async Task ShouldNeedSudo(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, await response.Content.ReadAsStringAsync());
        var problem = await response.ProblemAsync();
        problem.GetProperty("code").GetString().ShouldBe("sudo-required");
        problem.GetProperty("detail").GetString()!.ShouldContain("/api/identity/reauthenticate");
    }
}
