using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Identity;

public sealed class AdminTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task A_non_admin_cannot_change_roles()
    {
        var user = await App.SignUpAsync();
        var target = await App.SignUpAsync();

        var response = await App.ClientWithToken(user.Tokens.AccessToken)
            .PutAsJsonAsync($"/api/admin/users/{await IdOf(target)}/roles", new { roles = new[] { "Admin" } });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Me(target)).Roles.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_role_change_needs_a_fresh_proof_so_a_stolen_admin_token_cannot_plant_a_new_admin()
    {
        var accomplice = await App.SignUpAsync();
        var admin = await App.AdminAsync();
        App.Clock.Advance(TimeSpan.FromMinutes(6)); // the sign-in proof has lapsed; the access token has not

        var refused = await admin.PutAsJsonAsync($"/api/admin/users/{await IdOf(accomplice)}/roles", new { roles = new[] { "Admin" } });

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await refused.CodeAsync()).ShouldBe("sudo-required");
        (await Me(accomplice)).Roles.ShouldBeEmpty();

        (await admin.PostAsJsonAsync("/api/identity/reauthenticate", new { password = SmartRoomApp.AdminPassword })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PutAsJsonAsync($"/api/admin/users/{await IdOf(accomplice)}/roles", new { roles = new[] { "Manager" } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_admin_changes_roles_audited_and_emailed_and_old_refresh_tokens_stop_working()
    {
        var target = await App.SignUpAsync();
        var admin = await App.AdminAsync();
        var id = await IdOf(target);

        var response = await admin.PutAsJsonAsync($"/api/admin/users/{id}/roles", new { roles = new[] { "Manager", "Support" } });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var mail = await App.Smtp.WaitForAsync(target.Email, m => (m.Subject ?? "").Contains("access has changed", StringComparison.Ordinal));
        mail.TextBody!.ShouldContain("Manager, Support");
        var audit = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/audit?userId={id}");
        audit.GetProperty("items")[0].GetProperty("action").GetString().ShouldBe("roles-changed");
        (await App.CreateClient().RefreshAsync(target.Tokens.RefreshToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var again = await App.CreateClient().LoginForTokensAsync(target.Email);
        (await App.ClientWithToken(again.AccessToken).GetFromJsonAsync<MeResponse>("/api/me"))!.Roles.ShouldBe(["Manager", "Support"]);
    }

    [Fact]
    public async Task Unknown_roles_are_a_400_and_unknown_users_a_404()
    {
        var admin = await App.AdminAsync();
        var target = await App.SignUpAsync();

        (await admin.PutAsJsonAsync($"/api/admin/users/{await IdOf(target)}/roles", new { roles = new[] { "Overlord" } })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PutAsJsonAsync($"/api/admin/users/{Guid.NewGuid()}/roles", new { roles = new[] { "Manager" } })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_locked_account_is_signed_out_at_once_and_an_unlock_lets_it_back_in()
    {
        var target = await App.SignUpAsync();
        var admin = await App.AdminAsync();
        var id = await IdOf(target);

        (await admin.PostAsJsonAsync($"/api/admin/users/{id}/lock", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await App.CreateClient().RefreshAsync(target.Tokens.RefreshToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await App.CreateClient().LoginAsync(target.Email)).CodeAsync()).ShouldBe("locked-out");
        await App.Smtp.WaitForAsync(target.Email, m => (m.Subject ?? "").Contains("is locked", StringComparison.Ordinal));

        (await admin.PostAsync($"/api/admin/users/{id}/unlock", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await App.CreateClient().LoginAsync(target.Email)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await App.Smtp.WaitForAsync(target.Email, m => (m.Subject ?? "").Contains("is unlocked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_user_list_searches_and_pages()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        await App.SignUpAsync($"alpha-{marker}@example.test");
        await App.SignUpAsync($"beta-{marker}@example.test");

        var page = await (await App.AdminAsync()).GetFromJsonAsync<JsonElement>($"/api/admin/users?search={marker}&pageSize=1");

        page.GetProperty("total").GetInt32().ShouldBe(2);
        page.GetProperty("items").GetArrayLength().ShouldBe(1);
        page.GetProperty("items")[0].GetProperty("email").GetString().ShouldBe($"alpha-{marker}@example.test");
    }

    [Fact]
    public async Task A_required_second_factor_confines_the_account_to_setting_it_up()
    {
        var target = await App.SignUpAsync();
        (await (await App.AdminAsync()).PostAsync($"/api/admin/users/{await IdOf(target)}/require-2fa", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await App.Smtp.WaitForAsync(target.Email, m => (m.Subject ?? "").Contains("Two-factor", StringComparison.Ordinal));

        var confined = App.ClientWithToken((await App.CreateClient().LoginForTokensAsync(target.Email)).AccessToken);
        (await confined.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await confined.GetAsync("/api/notifications")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var state = await (await confined.PostAsJsonAsync("/api/identity/manage/2fa", new { })).Content.ReadFromJsonAsync<TwoFactorState>();
        (await confined.PostAsJsonAsync("/api/identity/manage/2fa", new { enable = true, twoFactorCode = Totp.Code(state!.SharedKey) })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var full = App.ClientWithToken((await (await App.CreateClient().LoginAsync(target.Email, twoFactorCode: Totp.Code(state.SharedKey, 1)))
            .Content.ReadFromJsonAsync<TokenPair>())!.AccessToken);
        (await full.GetAsync("/api/notifications")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_delivery_log_is_for_admins()
    {
        var user = await App.SignUpAsync();

        (await App.ClientWithToken(user.Tokens.AccessToken).GetAsync("/api/admin/notifications/deliveries")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var log = await (await App.AdminAsync()).GetFromJsonAsync<JsonElement>($"/api/admin/notifications/deliveries?to={Uri.EscapeDataString(user.Email)}&status=Sent");
        var delivery = log.GetProperty("items")[0];
        delivery.GetProperty("template").GetString().ShouldBe("confirm-account");
        delivery.GetProperty("attempts").GetInt32().ShouldBe(1);
        delivery.GetProperty("providerMessageId").GetString().ShouldNotBeNullOrEmpty();
    }

    private async Task<MeResponse> Me(SignedInUser user) =>
        (await App.ClientWithToken(user.Tokens.AccessToken).GetFromJsonAsync<MeResponse>("/api/me"))!;

    private async Task<Guid> IdOf(SignedInUser user) => (await Me(user)).Id;
}
