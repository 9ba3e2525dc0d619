using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Notifications;

public sealed class UnreadCountTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task The_unread_count_rises_as_notices_arrive_and_falls_as_they_are_read()
    {
        var user = await App.SignUpAsync();
        var other = await App.SignUpAsync();
        var me = App.ClientWithToken(user.Tokens.AccessToken);
        var them = App.ClientWithToken(other.Tokens.AccessToken);
        (await App.CreateClient().GetAsync("/api/notifications/unread-count")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await QuietAsync();
        var start = await UnreadAsync(me);
        var theirs = await UnreadAsync(them);

        await me.PutAsJsonAsync("/api/me", new { displayName = "First Rename" });
        await QuietAsync();
        (await UnreadAsync(me)).ShouldBe(start + 1);
        await me.PutAsJsonAsync("/api/me", new { displayName = "Second Rename" });
        await QuietAsync();
        (await UnreadAsync(me)).ShouldBe(start + 2);
        (await UnreadAsync(them)).ShouldBe(theirs, "another account's notices are not counted");

        var feed = await me.GetFromJsonAsync<JsonElement>("/api/notifications");
        feed.GetProperty("unreadCount").GetInt32().ShouldBe(start + 2);
        var newest = feed.GetProperty("items")[0].GetProperty("id").GetGuid();
        (await me.PostAsync($"/api/notifications/{newest}/read", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await UnreadAsync(me)).ShouldBe(start + 1);
        (await me.PostAsync("/api/notifications/read-all", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await UnreadAsync(me)).ShouldBe(0);
        (await UnreadAsync(them)).ShouldBe(theirs);
    }

    private static async Task<int> UnreadAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/notifications/unread-count")).GetProperty("count").GetInt32();
}
