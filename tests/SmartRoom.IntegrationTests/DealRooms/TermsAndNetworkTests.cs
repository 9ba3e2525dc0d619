using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.DealRooms;

public sealed class TermsAndNetworkTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task Content_stays_closed_until_the_member_accepts_the_current_terms_and_a_new_text_needs_new_acceptance()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var folder = await manager.CreateFolderAsync(room.Id, "Legal");
        var doc = await manager.UploadAsync(room.Id, folder.Id, "NDA.txt", "terms inside");
        var group = await manager.CreateGroupWithGrantAsync(room.Id, "Bidder A", "Download", folder.Id);
        var memberUser = await App.JoinAsync(manager, room.Id, "Viewer", group.Id);
        var member = App.ClientWithToken(memberUser.Tokens.AccessToken, ip: "198.51.100.23", userAgent: "TermsTest/1.0");

        var set = await manager.PutAsJsonAsync($"/api/deal-rooms/{room.Id}/terms", new { text = "You will keep everything in this room confidential." });
        set.StatusCode.ShouldBe(HttpStatusCode.OK, await set.Content.ReadAsStringAsync());
        var terms = await set.Content.ReadFromJsonAsync<JsonElement>();
        terms.GetProperty("version").GetInt32().ShouldBe(1);

        // Every content request answers 403 terms-not-accepted; the room and its terms stay readable.
        foreach (var path in new[] { "tree", $"documents/{doc}", $"documents/{doc}/content" })
        {
            var refused = await member.GetAsync($"/api/deal-rooms/{room.Id}/{path}");
            refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden, path);
            (await refused.ProblemAsync()).GetProperty("type").GetString().ShouldBe("urn:smartroom:problem:terms-not-accepted");
        }

        var roomView = await member.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{room.Id}");
        roomView.GetProperty("terms").GetProperty("accepted").GetBoolean().ShouldBeFalse();
        roomView.GetProperty("recordingNotice").GetString()!.ShouldContain("IP address");
        var read = await member.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{room.Id}/terms");
        read.GetProperty("text").GetString().ShouldBe("You will keep everything in this room confidential.");

        // Managers are not gated.
        (await manager.GetAsync($"/api/deal-rooms/{room.Id}/tree")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Accepting a text other than the current one is refused.
        var stale = await member.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/terms/accept", new { sha256 = new string('a', 64) });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.CodeAsync()).ShouldBe("terms-changed");
        (await member.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/terms/accept", new { sha256 = "not-a-hash" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var accepted = await member.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/terms/accept", new { sha256 = read.GetProperty("sha256").GetString() });
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        (await member.GetStringAsync($"/api/deal-rooms/{room.Id}/documents/{doc}/content")).ShouldBe("terms inside");

        // The acceptance is on the record with the exact text's hash, the address and the browser.
        var audit = await manager.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{room.Id}/audit?action=terms.accepted");
        var record = audit.GetProperty("items").EnumerateArray().Single();
        record.GetProperty("ipAddress").GetString().ShouldBe("198.51.100.23");
        record.GetProperty("userAgent").GetString().ShouldBe("TermsTest/1.0");
        record.GetProperty("details").GetString()!.ShouldContain(read.GetProperty("sha256").GetString()!);

        // Same text again: nothing changes. A new text: accept again.
        (await (await manager.PutAsJsonAsync($"/api/deal-rooms/{room.Id}/terms", new { text = "You will keep everything in this room confidential." }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32().ShouldBe(1);
        (await member.GetAsync($"/api/deal-rooms/{room.Id}/tree")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await manager.PutAsJsonAsync($"/api/deal-rooms/{room.Id}/terms", new { text = "Version two: also no contact with employees." }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var again = await member.GetAsync($"/api/deal-rooms/{room.Id}/tree");
        again.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await again.CodeAsync()).ShouldBe("terms-not-accepted");
        (await member.PostAsync($"/api/deal-rooms/{room.Id}/terms/accept", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await member.GetAsync($"/api/deal-rooms/{room.Id}/tree")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await manager.VerifyAuditAsync(room.Id)).GetProperty("valid").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Only_managers_set_terms_and_strangers_see_no_terms_at_all()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var group = await manager.CreateGroupAsync(room.Id, "Bidder A");
        var member = App.Client(await App.JoinAsync(manager, room.Id, "Viewer", group.Id));
        var stranger = App.Client(await App.SignUpAsync());

        (await member.PutAsJsonAsync($"/api/deal-rooms/{room.Id}/terms", new { text = "Mine" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await manager.PutAsJsonAsync($"/api/deal-rooms/{room.Id}/terms", new { text = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await manager.PutAsJsonAsync($"/api/deal-rooms/{room.Id}/terms", new { text = "Bad \u0007 bell" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await member.GetAsync($"/api/deal-rooms/{room.Id}/terms")).StatusCode.ShouldBe(HttpStatusCode.NotFound); // none set yet
        (await manager.PutAsJsonAsync($"/api/deal-rooms/{room.Id}/terms", new { text = "Keep it secret." })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await stranger.GetAsync($"/api/deal-rooms/{room.Id}/terms")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.PostAsync($"/api/deal-rooms/{room.Id}/terms/accept", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_ip_allow_list_admits_members_only_from_listed_networks_and_never_locks_out_managers()
    {
        var managerUser = await App.ManagerAsync();
        var manager = App.ClientWithToken(managerUser.Tokens.AccessToken, ip: "192.0.2.50");
        var room = await manager.CreateRoomAsync();
        var group = await manager.CreateGroupAsync(room.Id, "Bidder A");
        var memberUser = await App.JoinAsync(App.Client(managerUser), room.Id, "Viewer", group.Id);
        var inside = App.ClientWithToken(memberUser.Tokens.AccessToken, ip: "203.0.113.77");
        var outside = App.ClientWithToken(memberUser.Tokens.AccessToken, ip: "198.51.100.1");

        var bad = await manager.PatchAsJsonAsync($"/api/deal-rooms/{room.Id}", new { ipAllowList = new[] { "203.0.113.0/24", "not-a-network" } });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("not-a-network");
        (await outside.GetAsync($"/api/deal-rooms/{room.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK); // nothing changed

        var set = await manager.PatchAsJsonAsync($"/api/deal-rooms/{room.Id}", new { ipAllowList = new[] { "203.0.113.0/24", "2001:db8::/32" } });
        set.StatusCode.ShouldBe(HttpStatusCode.OK, await set.Content.ReadAsStringAsync());
        (await set.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ipAllowList").EnumerateArray().Select(e => e.GetString())
            .ShouldBe(["203.0.113.0/24", "2001:db8::/32"]);

        (await inside.GetAsync($"/api/deal-rooms/{room.Id}/tree")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await outside.GetAsync($"/api/deal-rooms/{room.Id}/tree");
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await refused.CodeAsync()).ShouldBe("ip-not-allowed");
        (await outside.GetAsync($"/api/deal-rooms/{room.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await App.ClientWithToken(memberUser.Tokens.AccessToken, ip: "2001:db8:1::5").GetAsync($"/api/deal-rooms/{room.Id}/tree"))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        // Members do not learn the list; managers are exempt from it.
        (await inside.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{room.Id}")).GetProperty("ipAllowList").ValueKind.ShouldBe(JsonValueKind.Null);
        (await manager.GetAsync($"/api/deal-rooms/{room.Id}/tree")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // A member cannot change settings; clearing the list admits everyone again.
        (await inside.PatchAsJsonAsync($"/api/deal-rooms/{room.Id}", new { ipAllowList = Array.Empty<string>() })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await manager.PatchAsJsonAsync($"/api/deal-rooms/{room.Id}", new { ipAllowList = Array.Empty<string>() })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await outside.GetAsync($"/api/deal-rooms/{room.Id}/tree")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var audit = await manager.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{room.Id}/audit?action=room.updated");
        audit.GetProperty("total").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Concurrent_downloads_in_one_room_all_land_on_an_intact_audit_chain()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var folder = await manager.CreateFolderAsync(room.Id, "Data");
        var doc = await manager.UploadAsync(room.Id, folder.Id, "a.txt", "same bytes for everyone");
        var group = await manager.CreateGroupWithGrantAsync(room.Id, "Bidders", "Download", folder.Id);
        var members = new List<HttpClient>();
        for (var i = 0; i < 4; i++)
        {
            members.Add(App.Client(await App.JoinAsync(manager, room.Id, "Viewer", group.Id)));
        }

        var downloads = Enumerable.Range(0, 24)
            .Select(i => members[i % members.Count].GetAsync($"/api/deal-rooms/{room.Id}/documents/{doc}/content"));
        var answers = await Task.WhenAll(downloads);
        answers.Select(a => a.StatusCode).ShouldAllBe(s => s == HttpStatusCode.OK);

        var trail = await manager.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{room.Id}/audit?action=document.downloaded&pageSize=100");
        trail.GetProperty("total").GetInt32().ShouldBe(24);
        var verified = await manager.VerifyAuditAsync(room.Id);
        verified.GetProperty("valid").GetBoolean().ShouldBeTrue(verified.ToString());
    }
}
