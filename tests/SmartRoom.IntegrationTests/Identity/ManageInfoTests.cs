using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Identity;

public sealed class ManageInfoTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task The_account_info_shows_the_own_address_until_a_change_is_confirmed()
    {
        var user = await App.SignUpAsync();
        var other = await App.SignUpAsync();
        var me = App.ClientWithToken(user.Tokens.AccessToken);
        (await App.CreateClient().GetAsync("/api/identity/manage/info")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        await InfoIsAsync(me, user.Email);
        await InfoIsAsync(App.ClientWithToken(other.Tokens.AccessToken), other.Email);

        var newEmail = IdentityApi.NewEmail("moved");
        (await me.PostAsJsonAsync("/api/identity/manage/info", new { newEmail })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var link = (await App.Smtp.WaitForAsync(newEmail)).ConfirmationLink();
        await InfoIsAsync(me, user.Email);

        (await App.CreateClient().GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var moved = App.ClientWithToken((await App.CreateClient().LoginForTokensAsync(newEmail)).AccessToken);
        await InfoIsAsync(moved, newEmail);
    }

    private static async Task InfoIsAsync(HttpClient client, string email)
    {
        var info = await client.GetFromJsonAsync<JsonElement>("/api/identity/manage/info");
        info.GetProperty("email").GetString().ShouldBe(email);
        info.GetProperty("isEmailConfirmed").GetBoolean().ShouldBeTrue();
    }
}
