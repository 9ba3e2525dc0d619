using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Identity;

public sealed class SignInSecurityTests(SmartRoomApp app) : AppTest(app)
{
    private const string ChromeOnWindows = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    private const string FirefoxOnLinux = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_the_window_then_it_opens_again()
    {
        var user = await App.SignUpAsync();
        var client = App.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            (await client.LoginAsync(user.Email, "wrong password, again")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var locked = await client.LoginAsync(user.Email);
        locked.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await locked.CodeAsync()).ShouldBe("locked-out");
        (await App.Smtp.WaitForAsync(user.Email, m => (m.Subject ?? "").Contains("locked", StringComparison.Ordinal))).TextBody!.ShouldContain("too many failed sign-in attempts");

        App.Clock.Advance(TimeSpan.FromMinutes(14));
        (await client.LoginAsync(user.Email)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        App.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        (await client.LoginAsync(user.Email)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_wrong_password_on_a_locked_account_learns_nothing_and_the_right_one_learns_why()
    {
        var user = await App.SignUpAsync();
        var client = App.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.LoginAsync(user.Email, "wrong password, again");
        }

        var wrong = await client.LoginAsync(user.Email, "still not the password");
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await wrong.CodeAsync()).ShouldBe("invalid-credentials");

        var right = await client.LoginAsync(user.Email);
        right.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await right.CodeAsync()).ShouldBe("locked-out");
    }

    [Fact]
    public async Task A_wrong_password_on_an_unconfirmed_account_learns_nothing_and_the_right_one_learns_why()
    {
        var client = App.CreateClient();
        var email = IdentityApi.NewEmail();
        (await client.RegisterAsync(email)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var wrong = await client.LoginAsync(email, "not the password at all");
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await wrong.CodeAsync()).ShouldBe("invalid-credentials");

        (await (await client.LoginAsync(email)).CodeAsync()).ShouldBe("email-not-confirmed");
    }

    [Fact]
    public async Task Wrong_two_factor_codes_sent_in_parallel_all_count_toward_lockout()
    {
        var user = await App.SignUpAsync();
        var me = App.ClientWithToken(user.Tokens.AccessToken);
        var state = await (await me.PostAsJsonAsync("/api/identity/manage/2fa", new { })).Content.ReadFromJsonAsync<TwoFactorState>();
        (await me.PostAsJsonAsync("/api/identity/manage/2fa", new { enable = true, twoFactorCode = Totp.Code(state!.SharedKey) }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        // Ten wrong codes at once: five would lock the account if each one counted.
        var wrong = Totp.Code(state.SharedKey) == "000000" ? "111111" : "000000";
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => App.CreateClient().LoginAsync(user.Email, twoFactorCode: wrong)));

        var next = await App.CreateClient().LoginAsync(user.Email, twoFactorCode: Totp.Code(state.SharedKey, stepOffset: 1));
        next.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await next.CodeAsync()).ShouldBe("locked-out");
    }

    [Fact]
    public async Task With_two_factor_on_the_password_alone_is_not_enough_and_a_recovery_code_works_once()
    {
        var user = await App.SignUpAsync();
        var me = App.ClientWithToken(user.Tokens.AccessToken);
        var state = await (await me.PostAsJsonAsync("/api/identity/manage/2fa", new { })).Content.ReadFromJsonAsync<TwoFactorState>();
        state!.IsTwoFactorEnabled.ShouldBeFalse();
        state.AuthenticatorUri.ShouldStartWith("otpauth://totp/");

        var enabled = await me.PostAsJsonAsync("/api/identity/manage/2fa", new { enable = true, twoFactorCode = Totp.Code(state.SharedKey) });
        enabled.StatusCode.ShouldBe(HttpStatusCode.OK);
        var codes = (await enabled.Content.ReadFromJsonAsync<TwoFactorState>())!.RecoveryCodes!;
        codes.Length.ShouldBe(10);

        var client = App.CreateClient();
        var passwordOnly = await client.LoginAsync(user.Email);
        passwordOnly.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await passwordOnly.CodeAsync()).ShouldBe("two-factor-required");
        (await (await client.LoginAsync(user.Email, twoFactorCode: "000000")).CodeAsync()).ShouldBe("two-factor-failed");

        (await client.LoginAsync(user.Email, twoFactorCode: Totp.Code(state.SharedKey, stepOffset: 1))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.LoginAsync(user.Email, twoFactorCode: Totp.Code(state.SharedKey, stepOffset: 1))).StatusCode
            .ShouldBe(HttpStatusCode.Unauthorized, "a code is accepted once");

        (await client.LoginAsync(user.Email, twoFactorRecoveryCode: codes[0])).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.LoginAsync(user.Email, twoFactorRecoveryCode: codes[0])).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Refresh_tokens_rotate_and_a_replayed_one_ends_the_session()
    {
        var user = await App.SignUpAsync();
        var client = App.CreateClient();

        var first = await client.RefreshAsync(user.Tokens.RefreshToken);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rotated = (await first.Content.ReadFromJsonAsync<TokenPair>())!;

        (await client.RefreshAsync(user.Tokens.RefreshToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the old token is spent");
        (await client.RefreshAsync(rotated.RefreshToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "a replay revokes the whole session");
    }

    [Fact]
    public async Task Logout_ends_the_session_and_logout_everywhere_ends_them_all()
    {
        var user = await App.SignUpAsync();
        var client = App.CreateClient();
        var second = await client.LoginForTokensAsync(user.Email);
        var third = await client.LoginForTokensAsync(user.Email);

        (await App.ClientWithToken(user.Tokens.AccessToken).PostAsync("/api/identity/logout", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.RefreshAsync(user.Tokens.RefreshToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.RefreshAsync(second.RefreshToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await App.ClientWithToken(third.AccessToken).PostAsync("/api/identity/logout-everywhere", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.RefreshAsync(third.RefreshToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_ended_session_s_access_token_stops_working_at_once_not_after_its_fifteen_minutes()
    {
        var user = await App.SignUpAsync();
        var stolen = await App.CreateClient().LoginForTokensAsync(user.Email); // say, copied from the victim's browser
        var attacker = App.ClientWithToken(stolen.AccessToken);
        (await attacker.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The owner reads the new-sign-in notice and signs out everywhere.
        (await App.ClientWithToken(user.Tokens.AccessToken).PostAsync("/api/identity/logout-everywhere", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await attacker.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await attacker.GetAsync("/api/deal-rooms")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var fresh = await App.CreateClient().LoginForTokensAsync(user.Email);
        (await App.ClientWithToken(fresh.AccessToken).GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.OK, "a new sign-in works");
    }

    [Fact]
    public async Task A_password_reset_by_emailed_code_signs_out_every_session()
    {
        var user = await App.SignUpAsync();
        var client = App.CreateClient();

        (await client.PostAsJsonAsync("/api/identity/forgot-password", new { email = user.Email })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var mail = await App.Smtp.WaitForAsync(user.Email, m => (m.Subject ?? "").Contains("reset code", StringComparison.Ordinal));
        var code = mail.TextBody!.Split('\n').Select(l => l.Trim()).First(l => l.Length > 40 && !l.Contains(' ', StringComparison.Ordinal));

        var reset = await client.PostAsJsonAsync("/api/identity/reset-password", new { email = user.Email, resetCode = code, newPassword = "a brand new passphrase" });
        reset.StatusCode.ShouldBe(HttpStatusCode.OK, await reset.Content.ReadAsStringAsync());

        (await client.LoginAsync(user.Email)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.LoginAsync(user.Email, "a brand new passphrase")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.RefreshAsync(user.Tokens.RefreshToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.PostAsJsonAsync("/api/identity/reset-password", new { email = user.Email, resetCode = code, newPassword = "yet another passphrase" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a reset code works once");
        await App.Smtp.WaitForAsync(user.Email, m => (m.Subject ?? "").Contains("password was changed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forgot_password_answers_the_same_for_known_and_unknown_emails()
    {
        var user = await App.SignUpAsync();
        var client = App.CreateClient();

        var known = await client.PostAsJsonAsync("/api/identity/forgot-password", new { email = user.Email });
        var unknown = await client.PostAsJsonAsync("/api/identity/forgot-password", new { email = IdentityApi.NewEmail("nobody") });

        known.StatusCode.ShouldBe(unknown.StatusCode);
        (await known.Content.ReadAsStringAsync()).ShouldBe(await unknown.Content.ReadAsStringAsync());
        known.Content.Headers.ContentType?.ToString().ShouldBe(unknown.Content.Headers.ContentType?.ToString());
        // Both only queue the same message; the work (and any email) happens in the background. The timing
        // comparison, with numbers, is in bench/.
    }

    [Fact]
    public async Task Changing_the_password_needs_the_old_one_and_revokes_refresh_at_once()
    {
        var user = await App.SignUpAsync();
        var me = App.ClientWithToken(user.Tokens.AccessToken);

        var wrongOld = await me.PostAsJsonAsync("/api/identity/manage/info", new { newPassword = "another good passphrase", oldPassword = "not it at all" });
        wrongOld.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrongOld.ProblemAsync()).GetProperty("errors").TryGetProperty("oldPassword", out _).ShouldBeTrue();

        var changed = await me.PostAsJsonAsync("/api/identity/manage/info", new { newPassword = "another good passphrase", oldPassword = user.Password });
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);

        (await App.CreateClient().RefreshAsync(user.Tokens.RefreshToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await App.CreateClient().LoginAsync(user.Email, "another good passphrase")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_email_change_takes_effect_only_when_the_new_address_confirms_it()
    {
        var user = await App.SignUpAsync();
        var newEmail = IdentityApi.NewEmail("moved");
        var me = App.ClientWithToken(user.Tokens.AccessToken);

        (await me.PostAsJsonAsync("/api/identity/manage/info", new { newEmail })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var link = (await App.Smtp.WaitForAsync(newEmail)).ConfirmationLink();
        await App.Smtp.WaitForAsync(user.Email, m => (m.Subject ?? "").Contains("being changed", StringComparison.Ordinal));
        (await App.CreateClient().LoginAsync(newEmail)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await App.CreateClient().GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await App.CreateClient().LoginAsync(newEmail)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await App.CreateClient().LoginAsync(user.Email)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private const string ConfirmNewAddressSubject = "Confirm your new SmartRoom email address";

    [Fact]
    public async Task Moving_an_account_to_an_address_that_has_one_answers_as_for_a_free_address_and_tells_its_owner()
    {
        var user = await App.SignUpAsync();
        var owner = await App.SignUpAsync();
        var me = App.ClientWithToken(user.Tokens.AccessToken);

        var answer = await me.PostAsJsonAsync("/api/identity/manage/info", new { newEmail = owner.Email.ToUpperInvariant() });

        answer.StatusCode.ShouldBe(HttpStatusCode.OK, "the answer must not tell that the address has an account");
        var notice = await App.Smtp.WaitForAsync(owner.Email, m => (m.Subject ?? "").Contains("another SmartRoom account", StringComparison.Ordinal));
        notice.TextBody!.ShouldContain("nothing changed");
        await QuietAsync();
        App.Smtp.To(owner.Email).ShouldNotContain(m => m.Subject == ConfirmNewAddressSubject, "no link that would move the account");
        (await App.CreateClient().LoginAsync(user.Email)).StatusCode.ShouldBe(HttpStatusCode.OK, "the account did not move");
    }

    [Fact]
    public async Task Sign_ins_are_recorded_with_address_browser_and_system_and_a_new_device_is_announced()
    {
        var user = await App.SignUpAsync(); // the first sign-in, from the test default
        var fromWindows = await App.ClientFrom("203.0.113.7", ChromeOnWindows).LoginForTokensAsync(user.Email);
        await App.ClientFrom("203.0.113.7", ChromeOnWindows).LoginAsync(user.Email, "not the password");

        var page = await App.ClientWithToken(fromWindows.AccessToken).GetFromJsonAsync<JsonElement>("/api/me/sign-ins");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBe(3);
        items[0].GetProperty("outcome").GetString().ShouldBe("WrongPassword");
        items[1].GetProperty("outcome").GetString().ShouldBe("Succeeded");
        items[1].GetProperty("ipAddress").GetString().ShouldBe("203.0.113.7");
        items[1].GetProperty("browser").GetString().ShouldBe("Chrome 131");
        items[1].GetProperty("operatingSystem").GetString().ShouldBe("Windows");
        var notice = await App.Smtp.WaitForAsync(user.Email, m => (m.Subject ?? "").Contains("New sign-in", StringComparison.Ordinal));
        notice.TextBody!.ShouldContain("203.0.113.7");
        notice.TextBody!.ShouldContain("Chrome 131");

        // The same browser family, system and network again: no second notice.
        await App.ClientFrom("203.0.113.99", ChromeOnWindows.Replace("131.0", "132.0", StringComparison.Ordinal)).LoginForTokensAsync(user.Email);
        await App.ClientFrom("198.51.100.1", FirefoxOnLinux).LoginForTokensAsync(user.Email);
        await App.Smtp.WaitForAsync(user.Email, m => (m.TextBody ?? "").Contains("Firefox 133", StringComparison.Ordinal));
        await QuietAsync();
        App.Smtp.To(user.Email).Count(m => (m.Subject ?? "").Contains("New sign-in", StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public async Task Admins_see_anyones_sign_ins_and_others_only_their_own()
    {
        var user = await App.SignUpAsync();
        var other = await App.SignUpAsync(); // the first sign-in, from the test default
        var before = App.Clock.GetUtcNow();
        await App.ClientFrom("198.51.100.23", FirefoxOnLinux).LoginAsync(other.Email, "not the password");
        await App.ClientFrom("198.51.100.23", FirefoxOnLinux).LoginForTokensAsync(other.Email);
        await App.ClientFrom("192.0.2.77", ChromeOnWindows).LoginForTokensAsync(user.Email);
        var after = App.Clock.GetUtcNow();

        var page = await (await App.AdminAsync()).GetFromJsonAsync<JsonElement>($"/api/admin/users/{await IdOf(other)}/sign-ins");

        // The other account's attempts only (not the admin's, not the user's), newest first, with when, outcome and address.
        page.GetProperty("total").GetInt32().ShouldBe(3);
        var items = page.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("outcome").GetString()).ShouldBe(["Succeeded", "WrongPassword", "Succeeded"]);
        items.Select(i => i.GetProperty("ipAddress").GetString()).ShouldBe(["198.51.100.23", "198.51.100.23", "127.0.0.1"]);
        items[0].GetProperty("browser").GetString().ShouldBe("Firefox 133");
        items.Take(2).ShouldAllBe(i => i.GetProperty("occurredAt").GetDateTimeOffset() >= before && i.GetProperty("occurredAt").GetDateTimeOffset() <= after);
        items[2].GetProperty("occurredAt").GetDateTimeOffset().ShouldBeLessThanOrEqualTo(before);
        (await (await App.AdminAsync()).GetAsync($"/api/admin/users/{Guid.NewGuid()}/sign-ins")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.ClientWithToken(user.Tokens.AccessToken).GetAsync($"/api/admin/users/{await IdOf(other)}/sign-ins")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task One_of_the_most_common_passwords_is_refused()
    {
        var response = await App.CreateClient().RegisterAsync(IdentityApi.NewEmail(), password: "qwerty123456");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).GetProperty("errors").GetProperty("password")[0].GetString()!.ShouldContain("too easy to guess");
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("Password1234!")]
    [InlineData("qwertyuiopasdf")]
    public async Task A_long_but_guessable_password_is_refused_with_the_reason(string password)
    {
        var response = await App.CreateClient().RegisterAsync(IdentityApi.NewEmail(), password: password);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var message = (await response.ProblemAsync()).GetProperty("errors").GetProperty("password")[0].GetString()!;
        message.ShouldContain("too easy to guess");
    }

    [Fact]
    public async Task A_password_built_from_the_users_own_name_and_email_is_refused()
    {
        // Made-up words: no dictionary knows them, only the account's own email and name give them away.
        var email = $"zorbulon.quexteria-{Guid.NewGuid():N}"[..30] + "@example.test";
        (await App.CreateClient().RegisterAsync(IdentityApi.NewEmail(), password: "zorbulonquexteria")).StatusCode.ShouldBe(HttpStatusCode.Created);

        var response = await App.CreateClient().RegisterAsync(email, password: "quexteriazorbulon", displayName: "Zorbulon Quexteria");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).GetProperty("errors").GetProperty("password")[0].GetString()!.ShouldContain("your name or email");
    }

    [Fact]
    public async Task Changing_or_resetting_to_a_guessable_password_is_refused()
    {
        var user = await App.SignUpAsync();
        var me = App.ClientWithToken(user.Tokens.AccessToken);

        var changed = await me.PostAsJsonAsync("/api/identity/manage/info", new { newPassword = "password1234", oldPassword = user.Password });
        changed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await changed.ProblemAsync()).GetProperty("errors").GetProperty("newPassword")[0].GetString()!.ShouldContain("too easy to guess");

        await App.CreateClient().PostAsJsonAsync("/api/identity/forgot-password", new { email = user.Email });
        var mail = await App.Smtp.WaitForAsync(user.Email, m => (m.Subject ?? "").Contains("reset code", StringComparison.Ordinal));
        var code = mail.TextBody!.Split('\n').Select(l => l.Trim()).First(l => l.Length > 40 && !l.Contains(' ', StringComparison.Ordinal));
        var reset = await App.CreateClient().PostAsJsonAsync("/api/identity/reset-password", new { email = user.Email, resetCode = code, newPassword = "password1234" });
        reset.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private async Task<Guid> IdOf(SignedInUser user) =>
        (await App.ClientWithToken(user.Tokens.AccessToken).GetFromJsonAsync<MeResponse>("/api/me"))!.Id;
}
