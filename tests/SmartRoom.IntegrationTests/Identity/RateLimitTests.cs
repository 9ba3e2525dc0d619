using System.Net;
using System.Net.Http.Json;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Identity;

public sealed class RateLimitedApp : SmartRoomApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("SmartRoom:RateLimits:sign-in:PermitLimit", "3"),
        new("SmartRoom:RateLimits:registration:PermitLimit", "2"),
        new("SmartRoom:RateLimits:password-reset:PermitLimit", "2"),
    ];
}

public sealed class RateLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_address_get_429_with_Retry_After()
    {
        var client = app.ClientFrom("192.0.2.10");
        for (var i = 0; i < 3; i++)
        {
            (await client.LoginAsync("someone@example.test", "whatever it is")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var limited = await client.LoginAsync("someone@example.test", "whatever it is");

        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter.ShouldNotBeNull();
        (await limited.CodeAsync()).ShouldBe("too-many-requests");
        (await app.ClientFrom("192.0.2.11").LoginAsync("someone@example.test", "whatever it is")).StatusCode
            .ShouldBe(HttpStatusCode.Unauthorized, "another address has its own budget");
    }

    [Fact]
    public async Task Registration_and_forgot_password_are_limited_too()
    {
        var client = app.ClientFrom("192.0.2.20");
        await client.RegisterAsync(IdentityApi.NewEmail());
        await client.RegisterAsync(IdentityApi.NewEmail());
        (await client.RegisterAsync(IdentityApi.NewEmail())).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        await client.PostAsJsonAsync("/api/identity/forgot-password", new { email = "a@example.test" });
        await client.PostAsJsonAsync("/api/identity/forgot-password", new { email = "a@example.test" });
        (await client.PostAsJsonAsync("/api/identity/forgot-password", new { email = "a@example.test" })).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }
}
