using System.Net;
using System.Net.Http.Json;
using System.Text;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Platform;

/// <summary>
/// Live secrets (confirmation and reset codes, invitation tokens, unsubscribe links) reach their owner by
/// email and nowhere else: a copy of the database — the delivery log, the message tables, every table —
/// holds none of them readable.
/// </summary>
public sealed class SecretsAtRestTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task No_emailed_code_token_or_link_is_readable_anywhere_in_the_database()
    {
        // A confirmation code (sign-up), a reset code, an invitation token and an unsubscribe link, each emailed.
        var email = IdentityApi.NewEmail();
        (await App.CreateClient().RegisterAsync(email)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var confirmation = await App.Smtp.WaitForAsync(email, m => m.Subject == "Confirm your SmartRoom account");
        var confirmationCode = QueryValue(confirmation.ConfirmationLink(), "code");
        (await App.CreateClient().GetAsync(confirmation.ConfirmationLink())).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await App.CreateClient().PostAsJsonAsync("/api/identity/forgot-password", new { email })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var reset = await App.Smtp.WaitForAsync(email, m => (m.Subject ?? "").Contains("reset code", StringComparison.Ordinal));
        var resetCode = reset.TextBody!.Split('\n').Select(l => l.Trim()).First(l => l.Length > 40 && !l.Contains(' ', StringComparison.Ordinal));

        var (manager, room) = await App.ManagerWithRoomAsync();
        var invitee = IdentityApi.NewEmail("invitee");
        (await manager.InviteAsync(room.Id, invitee, "Manager")).StatusCode.ShouldBe(HttpStatusCode.Created);
        var invitationToken = await App.InvitationTokenAsync(invitee);

        await QuietAsync();
        var dump = await App.Database.DumpAsync();

        dump.ShouldContain(email, customMessage: "the scan reads the tables it should");
        dump.ShouldContain("[removed from the delivery log]", customMessage: "the delivery log keeps the redacted copies");
        foreach (var (what, secret) in new[] { ("confirmation code", confirmationCode), ("reset code", resetCode), ("invitation token", invitationToken) })
        {
            secret.Length.ShouldBeGreaterThan(20);
            dump.ShouldNotContain(secret, Case.Sensitive, $"the {what} is readable in the database");
            dump.ShouldNotContain(Convert.ToHexString(Encoding.UTF8.GetBytes(secret)), Case.Insensitive, $"the {what} is readable in the database (binary)");
            dump.ShouldNotContain(Uri.EscapeDataString(secret), Case.Sensitive, $"the {what} is readable in the database (escaped)");
        }
    }

    [Fact]
    public async Task The_authenticator_key_and_recovery_codes_are_not_readable_in_the_database_and_still_work()
    {
        var user = await App.SignUpAsync();
        var me = App.ClientWithToken(user.Tokens.AccessToken);
        var state = await (await me.PostAsJsonAsync("/api/identity/manage/2fa", new { })).Content.ReadFromJsonAsync<TwoFactorState>();
        var enabled = await me.PostAsJsonAsync("/api/identity/manage/2fa", new { enable = true, twoFactorCode = Totp.Code(state!.SharedKey) });
        enabled.StatusCode.ShouldBe(HttpStatusCode.OK);
        var codes = (await enabled.Content.ReadFromJsonAsync<TwoFactorState>())!.RecoveryCodes!;

        await QuietAsync();
        var dump = await App.Database.DumpAsync();

        dump.ShouldContain(user.Email);
        dump.ShouldContain("RecoveryCodes", customMessage: "the scan reaches Identity's token table");
        dump.ShouldNotContain(state.SharedKey, Case.Insensitive, "the authenticator key is readable in the database");
        foreach (var code in codes)
        {
            dump.ShouldNotContain(code, Case.Insensitive, "a recovery code is readable in the database");
        }

        var client = App.CreateClient();
        (await client.LoginAsync(user.Email, twoFactorCode: Totp.Code(state.SharedKey, stepOffset: 1))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.LoginAsync(user.Email, twoFactorRecoveryCode: codes[0])).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.LoginAsync(user.Email, twoFactorRecoveryCode: codes[0])).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "a recovery code works once");
    }

    private static string QueryValue(string pathAndQuery, string name) =>
        pathAndQuery[(pathAndQuery.IndexOf('?', StringComparison.Ordinal) + 1)..].Split('&')
            .Select(p => p.Split('=', 2))
            .Where(p => p[0] == name)
            .Select(p => Uri.UnescapeDataString(p[1]))
            .Single();
}
