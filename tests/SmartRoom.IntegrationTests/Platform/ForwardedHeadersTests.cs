using System.Net.Http.Json;
using System.Text.Json;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Platform;

/// <summary>A host behind a reverse proxy on 10.0.0.0/8.</summary>
public sealed class BehindProxyApp : SmartRoomApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [new("SmartRoom:ForwardedHeaders:KnownNetworks:0", "10.0.0.0/8")];
}

public sealed class ForwardedHeadersTests(BehindProxyApp app) : IClassFixture<BehindProxyApp>
{
    [Fact]
    public async Task The_client_address_comes_from_X_Forwarded_For_only_when_a_known_proxy_sends_it()
    {
        var user = await app.SignUpAsync();

        var viaProxy = app.ClientFrom("10.1.2.3");
        viaProxy.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        (await viaProxy.LoginAsync(user.Email)).EnsureSuccessStatusCode();

        var spoofer = app.ClientFrom("198.51.100.9");
        spoofer.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.8");
        (await spoofer.LoginAsync(user.Email)).EnsureSuccessStatusCode();

        var signIns = await app.ClientWithToken(user.Tokens.AccessToken).GetFromJsonAsync<JsonElement>("/api/me/sign-ins?pageSize=10");
        var addresses = signIns.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("ipAddress").GetString()).ToList();

        addresses.ShouldContain("203.0.113.7", "a known proxy's X-Forwarded-For names the real client");
        addresses.ShouldContain("198.51.100.9", "a header from anywhere else is ignored");
        addresses.ShouldNotContain("203.0.113.8");
        addresses.ShouldNotContain("10.1.2.3");
    }
}
