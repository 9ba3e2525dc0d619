using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using MimeKit;

namespace SmartRoom.IntegrationTests.Infrastructure;

public sealed record TokenPair(string TokenType, string AccessToken, int ExpiresIn, string RefreshToken);

public sealed record MeResponse(Guid Id, string Email, string DisplayName, string? ZipCode, bool EmailConfirmed, bool TwoFactorEnabled, string[] Roles);

public sealed record TwoFactorState(string SharedKey, string AuthenticatorUri, int RecoveryCodesLeft, string[]? RecoveryCodes, bool IsTwoFactorEnabled);

public sealed record SignedInUser(string Email, string Password, TokenPair Tokens);

/// <summary>The account flows as a user drives them, in a line each.</summary>
public static partial class IdentityApi
{
    public const string GoodPassword = "a long enough passphrase";

    public static string NewEmail(string who = "user") => $"{who}-{Guid.NewGuid():N}@example.test";

    public static Task<HttpResponseMessage> RegisterAsync(this HttpClient client, string email, string password = GoodPassword, string displayName = "Test User") =>
        client.PostAsJsonAsync("/api/identity/register", new { email, password, displayName });

    public static Task<HttpResponseMessage> LoginAsync(this HttpClient client, string email, string password = GoodPassword,
        string? twoFactorCode = null, string? twoFactorRecoveryCode = null) =>
        client.PostAsJsonAsync("/api/identity/login", new { email, password, twoFactorCode, twoFactorRecoveryCode });

    public static Task<HttpResponseMessage> RefreshAsync(this HttpClient client, string refreshToken) =>
        client.PostAsJsonAsync("/api/identity/refresh", new { refreshToken });

    /// <summary>A client signed in as the bootstrap admin.</summary>
    public static async Task<HttpClient> AdminAsync(this SmartRoomApp app)
    {
        var tokens = await app.CreateClient().LoginForTokensAsync(SmartRoomApp.AdminEmail, SmartRoomApp.AdminPassword);
        return app.ClientWithToken(tokens.AccessToken);
    }

    public static async Task<string> CodeAsync(this HttpResponseMessage response) =>
        (await response.ProblemAsync()).GetProperty("code").GetString()!;

    public static async Task<TokenPair> LoginForTokensAsync(this HttpClient client, string email, string password = GoodPassword)
    {
        var response = await client.LoginAsync(email, password);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<TokenPair>())!;
    }

    /// <summary>The confirmation link in a confirmation email (the plain-text body), as a path and query.</summary>
    public static string ConfirmationLink(this MimeMessage message)
    {
        var match = ConfirmLink().Match(message.TextBody ?? "");
        match.Success.ShouldBeTrue("the email has a confirmation link");
        return new Uri(match.Value).PathAndQuery;
    }

    /// <summary>Register, follow the emailed link, sign in.</summary>
    public static async Task<SignedInUser> SignUpAsync(this SmartRoomApp app, string? email = null, string password = GoodPassword)
    {
        email ??= NewEmail();
        var client = app.CreateClient();
        (await client.RegisterAsync(email, password)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var mail = await app.Smtp.WaitForAsync(email, m => m.Subject == "Confirm your SmartRoom account");
        (await client.GetAsync(mail.ConfirmationLink())).StatusCode.ShouldBe(HttpStatusCode.OK);
        return new SignedInUser(email, password, await client.LoginForTokensAsync(email, password));
    }

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response)
    {
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.TryGetProperty("traceId", out _).ShouldBeTrue("every problem carries a traceId");
        return problem;
    }

    [GeneratedRegex(@"https?://\S+/api/identity/confirm-email\?\S+")]
    private static partial Regex ConfirmLink();
}
