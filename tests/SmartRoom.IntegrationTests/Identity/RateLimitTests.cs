using System.Net;
using System.Net.Http.Json;
using SmartRoom.IntegrationTests.Infrastructure;
using Wolverine.Tracking;

namespace SmartRoom.IntegrationTests.Identity;

public sealed class RateLimitedApp : SmartRoomApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("SmartRoom:RateLimits:sign-in:PermitLimit", "3"),
        new("SmartRoom:RateLimits:registration:PermitLimit", "2"),
        new("SmartRoom:RateLimits:password-reset:PermitLimit", "2"),
        new("SmartRoom:RateLimits:password-reset-per-account:PermitLimit", "2"),
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
    public async Task IPv6_clients_are_counted_per_64_so_rotating_addresses_within_one_subscriber_does_not_help()
    {
        for (var i = 1; i <= 3; i++)
        {
            (await app.ClientFrom($"2001:db8:1:2::{i:x}").LoginAsync("someone@example.test", "whatever it is")).StatusCode
                .ShouldBe(HttpStatusCode.Unauthorized);
        }

        (await app.ClientFrom("2001:db8:1:2:ffff:1:2:3").LoginAsync("someone@example.test", "whatever it is")).StatusCode
            .ShouldBe(HttpStatusCode.TooManyRequests, "the same /64");
        (await app.ClientFrom("2001:db8:1:3::1").LoginAsync("someone@example.test", "whatever it is")).StatusCode
            .ShouldBe(HttpStatusCode.Unauthorized, "another /64 has its own budget");
    }

    [Fact]
    public async Task Reset_codes_to_one_address_are_limited_whoever_asks_from_wherever()
    {
        var user = await app.SignUpAsync();
        for (var i = 0; i < 3; i++)
        {
            var client = app.ClientFrom($"198.51.100.{i + 1}");
            await app.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ =>
                (await client.PostAsJsonAsync("/api/identity/forgot-password", new { email = user.Email })).StatusCode
                    .ShouldBe(HttpStatusCode.OK, "the answer never changes")));
        }

        await app.Smtp.WaitForAsync(user.Email, m => (m.Subject ?? "").Contains("reset code", StringComparison.Ordinal));
        await app.Work.WaitUntilQuietAsync();
        app.Smtp.To(user.Email).Count(m => (m.Subject ?? "").Contains("reset code", StringComparison.Ordinal)).ShouldBe(2);
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
