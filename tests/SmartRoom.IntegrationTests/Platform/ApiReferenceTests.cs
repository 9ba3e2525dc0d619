using System.Net;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Platform;

public sealed class ApiReferenceOffApp : SmartRoomApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("SmartRoom:ApiReference", "Off")];
}

public sealed class ApiReferenceSignedInApp : SmartRoomApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("SmartRoom:ApiReference", "SignedIn")];
}

public sealed class ApiReferenceOffTests(ApiReferenceOffApp app) : IClassFixture<ApiReferenceOffApp>
{
    [Fact]
    public async Task Switched_off_the_API_reference_is_not_served_to_anyone()
    {
        var admin = await app.AdminAsync();
        (await admin.GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync("/scalar")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class ApiReferenceSignedInTests(ApiReferenceSignedInApp app) : IClassFixture<ApiReferenceSignedInApp>
{
    [Fact]
    public async Task Behind_sign_in_the_API_reference_answers_401_to_visitors_and_serves_accounts()
    {
        (await app.CreateClient().GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.CreateClient().GetAsync("/scalar")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var user = await app.SignUpAsync();
        (await app.ClientWithToken(user.Tokens.AccessToken).GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
