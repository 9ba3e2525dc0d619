using System.Net;
using System.Net.Http.Json;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Identity;

public sealed class AccountTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task Registration_emails_a_link_that_confirms_the_account_so_the_user_can_sign_in()
    {
        var client = App.CreateClient();
        var email = IdentityApi.NewEmail("ann");

        var registered = await client.RegisterAsync(email, displayName: "Ann Example");
        registered.StatusCode.ShouldBe(HttpStatusCode.Created);

        var mail = await App.Smtp.WaitForAsync(email);
        mail.Subject.ShouldBe("Confirm your SmartRoom account");
        (mail.HtmlBody ?? "").ShouldContain("Ann Example");
        var link = mail.ConfirmationLink();
        (await client.LoginAsync(email)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await client.GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var tokens = await client.LoginForTokensAsync(email);
        tokens.TokenType.ShouldBe("Bearer");
        tokens.ExpiresIn.ShouldBeLessThanOrEqualTo(15 * 60);

        var me = await App.ClientWithToken(tokens.AccessToken).GetFromJsonAsync<MeResponse>("/api/me");
        me!.Email.ShouldBe(email);
        me.DisplayName.ShouldBe("Ann Example");
        me.EmailConfirmed.ShouldBeTrue();
        me.Roles.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_unconfirmed_account_cannot_sign_in()
    {
        var client = App.CreateClient();
        var email = IdentityApi.NewEmail();
        (await client.RegisterAsync(email)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var response = await client.LoginAsync(email);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.ProblemAsync()).GetProperty("code").GetString().ShouldBe("email-not-confirmed");
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_answer()
    {
        var user = await App.SignUpAsync();
        var client = App.CreateClient();

        var wrongPassword = await client.LoginAsync(user.Email, "not the right password");
        var unknown = await client.LoginAsync(IdentityApi.NewEmail("nobody"), "not the right password");

        wrongPassword.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        unknown.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await wrongPassword.ProblemAsync()).GetProperty("code").GetString()
            .ShouldBe((await unknown.ProblemAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_tampered_confirmation_link_is_refused_and_confirms_nothing()
    {
        var client = App.CreateClient();
        var email = IdentityApi.NewEmail();
        await client.RegisterAsync(email);
        var link = (await App.Smtp.WaitForAsync(email)).ConfirmationLink();

        var response = await client.GetAsync(link[..^4] + "AAAA");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).GetProperty("errors").TryGetProperty("code", out _).ShouldBeTrue();
        (await client.LoginAsync(email)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_wrong_code_for_a_confirmed_account_answers_exactly_like_an_unknown_account()
    {
        var user = await App.SignUpAsync();
        var client = App.CreateClient();
        var id = (await App.ClientWithToken(user.Tokens.AccessToken).GetFromJsonAsync<MeResponse>("/api/me"))!.Id;

        var wrongCode = await client.GetAsync($"/api/identity/confirm-email?userId={id}&code=AAAA");
        var emptyCode = await client.GetAsync($"/api/identity/confirm-email?userId={id}&code=");
        var unknown = await client.GetAsync($"/api/identity/confirm-email?userId={Guid.NewGuid()}&code=AAAA");

        foreach (var response in new[] { wrongCode, emptyCode, unknown })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            var body = await response.Content.ReadAsStringAsync();
            body.ShouldNotContain(user.Email, Case.Insensitive);
            body.ShouldNotContain("confirmed\":true", Case.Insensitive);
        }

        (await wrongCode.ProblemAsync()).GetProperty("errors").GetRawText()
            .ShouldBe((await unknown.ProblemAsync()).GetProperty("errors").GetRawText());
    }

    [Fact]
    public async Task The_right_link_followed_twice_still_answers_ok()
    {
        var client = App.CreateClient();
        var email = IdentityApi.NewEmail();
        await client.RegisterAsync(email);
        var link = (await App.Smtp.WaitForAsync(email)).ConfirmationLink();

        (await client.GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Refresh_gives_a_new_token_pair_and_a_garbage_token_is_refused()
    {
        var user = await App.SignUpAsync();
        var client = App.CreateClient();

        var refreshed = await client.PostAsJsonAsync("/api/identity/refresh", new { refreshToken = user.Tokens.RefreshToken });
        refreshed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pair = await refreshed.Content.ReadFromJsonAsync<TokenPair>();
        (await App.ClientWithToken(pair!.AccessToken).GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var refused = await client.PostAsJsonAsync("/api/identity/refresh", new { refreshToken = "garbage" });
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await refused.ProblemAsync();
    }

    [Fact]
    public async Task Registering_an_email_twice_answers_as_for_a_new_account_and_tells_the_owner()
    {
        var client = App.CreateClient();
        var email = IdentityApi.NewEmail();
        var first = await client.RegisterAsync(email);
        first.StatusCode.ShouldBe(HttpStatusCode.Created);

        var again = await client.RegisterAsync(email.ToUpperInvariant(), displayName: "Someone Else");

        again.StatusCode.ShouldBe(HttpStatusCode.Created, "the answer must not tell that the address has an account");
        var firstBody = await first.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var againBody = await again.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        againBody.EnumerateObject().Select(p => p.Name).ShouldBe(firstBody.EnumerateObject().Select(p => p.Name));
        (await App.Database.CountAsync("identity", "Users")).ShouldBe(2); // the admin and the first registration
        var notice = await App.Smtp.WaitForAsync(email, m => (m.Subject ?? "").Contains("already have", StringComparison.Ordinal));
        notice.TextBody!.ShouldContain("forgot-password");
    }

    [Fact]
    public async Task Me_without_a_token_is_401_problem()
    {
        var response = await App.CreateClient().GetAsync("/api/me");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await response.ProblemAsync();
    }

    [Fact]
    public async Task The_bootstrap_admin_exists_confirmed_with_the_Admin_role()
    {
        var tokens = await App.CreateClient().LoginForTokensAsync(SmartRoomApp.AdminEmail, SmartRoomApp.AdminPassword);

        var me = await App.ClientWithToken(tokens.AccessToken).GetFromJsonAsync<MeResponse>("/api/me");

        me!.Roles.ShouldBe(["Admin"]);
        me.EmailConfirmed.ShouldBeTrue();
    }
}
