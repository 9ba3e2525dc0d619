using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.DealRooms;

public sealed class SupportAccessTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task Support_enters_only_while_a_manager_grant_lasts_and_everything_they_do_is_flagged()
    {
        var managerUser = await App.ManagerAsync();
        var manager = App.Client(managerUser);
        var room = await manager.CreateRoomAsync("Project Heron");
        var folder = await manager.CreateFolderAsync(room.Id, "Finance");
        var doc = await manager.UploadAsync(room.Id, folder.Id, "Budget.txt", "numbers");
        var supportUser = await App.SupportAsync();
        var support = App.Client(supportUser);

        // Before any grant the room does not exist for support staff.
        (await support.GetAsync($"/api/deal-rooms/{room.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await support.GetAsync($"/api/deal-rooms/{room.Id}/tree")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var asked = await support.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/support-access-requests", new { reason = "Customer reports the tree does not load." });
        asked.StatusCode.ShouldBe(HttpStatusCode.Created, await asked.Content.ReadAsStringAsync());
        var requestId = (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await support.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/support-access-requests", new { reason = "Asking a second time, meanwhile." }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var told = await App.Smtp.WaitForAsync(managerUser.Email, m => (m.Subject ?? "").Contains("Support asks to enter", StringComparison.Ordinal));
        told.TextBody!.ShouldContain("Customer reports the tree does not load.");

        // Still nothing while pending.
        (await support.GetAsync($"/api/deal-rooms/{room.Id}/tree")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await manager.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/support-access-requests/{requestId}/approve", new { hours = 73 }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var approved = await manager.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/support-access-requests/{requestId}/approve", new { hours = 2 });
        approved.StatusCode.ShouldBe(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        await App.Smtp.WaitForAsync(supportUser.Email, m => (m.Subject ?? "").Contains("granted until", StringComparison.Ordinal));

        // During the grant: room, tree and metadata; no download, no changes, no document views (not ticked).
        (await support.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{room.Id}")).GetProperty("myRole").GetString().ShouldBe("Support");
        var tree = (await support.GetFromJsonAsync<TreeDto>($"/api/deal-rooms/{room.Id}/tree"))!;
        tree.Documents.Select(d => d.Name).ShouldBe(["Budget.txt"]);
        (await support.GetAsync($"/api/deal-rooms/{room.Id}/documents/{doc}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await support.GetAsync($"/api/deal-rooms/{room.Id}/documents/{doc}/content")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await support.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/folders", new { name = "Sneaky" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await support.GetAsync($"/api/deal-rooms/{room.Id}/members")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await support.GetAsync($"/api/deal-rooms/{room.Id}/audit")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var flagged = await manager.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{room.Id}/audit?pageSize=500");
        var supportActions = flagged.GetProperty("items").EnumerateArray()
            .Where(r => r.GetProperty("actorKind").GetString() == "Support").Select(r => r.GetProperty("action").GetString()).ToList();
        supportActions.ShouldContain("support.requested");
        supportActions.ShouldContain("tree.read");
        supportActions.ShouldContain("document.metadata-read");
        supportActions.ShouldContain("room.read");

        var grants = await manager.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{room.Id}/support-access");
        grants.EnumerateArray().Single().GetProperty("active").GetBoolean().ShouldBeTrue();

        // Expiry bites the moment it passes: no job involved.
        App.Clock.Advance(TimeSpan.FromHours(2).Add(TimeSpan.FromSeconds(1)));
        // (access tokens are short-lived: both sign in again at the new time)
        support = App.ClientWithToken((await App.CreateClient().LoginForTokensAsync(supportUser.Email)).AccessToken);
        manager = App.ClientWithToken((await App.CreateClient().LoginForTokensAsync(managerUser.Email)).AccessToken);
        (await support.GetAsync($"/api/deal-rooms/{room.Id}/tree")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await manager.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{room.Id}/support-access")).EnumerateArray().Single()
            .GetProperty("active").GetBoolean().ShouldBeFalse();
        (await manager.VerifyAuditAsync(room.Id)).GetProperty("valid").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_manager_revokes_at_any_time_denies_requests_and_may_allow_document_views()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var supportUser = await App.SupportAsync();
        var support = App.Client(supportUser);
        var member = App.Client(await App.JoinAsync(manager, room.Id, "Viewer", (await manager.CreateGroupAsync(room.Id, "A")).Id));

        var first = await RequestAsync(support, room.Id);
        (await manager.PostAsync($"/api/deal-rooms/{room.Id}/support-access-requests/{first}/deny", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await manager.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/support-access-requests/{first}/approve", new { hours = 1 }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await support.GetAsync($"/api/deal-rooms/{room.Id}/tree")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await App.Smtp.WaitForAsync(supportUser.Email, m => (m.Subject ?? "").Contains("was denied", StringComparison.Ordinal));

        var second = await RequestAsync(support, room.Id);
        // A member cannot decide; a stranger's room id leads nowhere.
        (await member.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/support-access-requests/{second}/approve", new { hours = 1 }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await manager.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/support-access-requests/{Guid.NewGuid()}/approve", new { hours = 1 }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var approved = await manager.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/support-access-requests/{second}/approve", new { hours = 72, mayViewDocuments = true });
        approved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("mayViewDocuments").GetBoolean().ShouldBeTrue();
        (await support.GetAsync($"/api/deal-rooms/{room.Id}/tree")).StatusCode.ShouldBe(HttpStatusCode.OK);
        // Support staff follow their own requests.
        (await support.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{room.Id}/support-access")).GetArrayLength().ShouldBe(2);

        (await manager.PostAsync($"/api/deal-rooms/{room.Id}/support-access-requests/{second}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await support.GetAsync($"/api/deal-rooms/{room.Id}/tree")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await manager.PostAsync($"/api/deal-rooms/{room.Id}/support-access-requests/{second}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        await App.Smtp.WaitForAsync(supportUser.Email, m => (m.Subject ?? "").Contains("was revoked", StringComparison.Ordinal));

        var trail = await manager.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{room.Id}/audit?pageSize=500");
        var actions = trail.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("action").GetString()).ToList();
        actions.ShouldContain("support.denied");
        actions.ShouldContain("support.granted");
        actions.ShouldContain("support.revoked");
    }

    [Fact]
    public async Task Only_support_staff_may_ask_and_only_for_rooms_that_exist()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var support = App.Client(await App.SupportAsync());
        var someone = App.Client(await App.SignUpAsync());

        (await someone.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/support-access-requests", new { reason = "I would like to look around." }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await support.PostAsJsonAsync($"/api/deal-rooms/{Guid.NewGuid()}/support-access-requests", new { reason = "No such room exists here." }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await support.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/support-access-requests", new { reason = "" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await someone.GetAsync($"/api/deal-rooms/{room.Id}/support-access")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await support.GetAsync($"/api/deal-rooms/{room.Id}/support-access")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_live_support_grant_does_not_reach_a_room_once_it_is_archived()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var folder = await manager.CreateFolderAsync(room.Id, "Finance");
        var doc = await manager.UploadAsync(room.Id, folder.Id, "Budget.txt", "numbers");
        var support = App.Client(await App.SupportAsync());
        var request = await RequestAsync(support, room.Id);
        (await manager.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/support-access-requests/{request}/approve", new { hours = 72, mayViewDocuments = true }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await support.GetAsync($"/api/deal-rooms/{room.Id}/tree")).StatusCode.ShouldBe(HttpStatusCode.OK);

        foreach (var status in new[] { "Active", "Closed", "Archived" })
        {
            (await manager.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/status", new { status })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        // The grant has hours to run, but the archived room is for its managers only.
        (await support.GetAsync($"/api/deal-rooms/{room.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await support.GetAsync($"/api/deal-rooms/{room.Id}/tree")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await support.GetAsync($"/api/deal-rooms/{room.Id}/documents/{doc}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await support.GetAsync($"/api/deal-rooms/{room.Id}/documents/{doc}/view")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await support.GetAsync($"/api/deal-rooms/{room.Id}/support-access")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // Nor can they ask again.
        (await support.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/support-access-requests", new { reason = "Investigating a customer ticket." }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await manager.GetAsync($"/api/deal-rooms/{room.Id}/tree")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<Guid> RequestAsync(HttpClient support, Guid roomId)
    {
        var asked = await support.PostAsJsonAsync($"/api/deal-rooms/{roomId}/support-access-requests", new { reason = "Investigating a customer ticket." });
        asked.StatusCode.ShouldBe(HttpStatusCode.Created, await asked.Content.ReadAsStringAsync());
        return (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
