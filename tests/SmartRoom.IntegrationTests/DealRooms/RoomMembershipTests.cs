using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.DealRooms;

public sealed class RoomMembershipTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task A_manager_opens_a_room_invites_a_bidder_who_joins_their_group()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        room.Status.ShouldBe("Draft");
        room.MyRole.ShouldBe("Manager");
        var bidderA = await manager.CreateGroupAsync(room.Id, "Bidder A");

        var member = await App.JoinAsync(manager, room.Id, "Viewer", bidderA.Id);

        var rooms = await App.Client(member).GetFromJsonAsync<RoomDto[]>("/api/deal-rooms");
        rooms!.Single().MyRole.ShouldBe("Viewer");
        var members = await manager.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{room.Id}/members");
        members.GetArrayLength().ShouldBe(2);
        (await manager.GetFromJsonAsync<GroupDto[]>($"/api/deal-rooms/{room.Id}/groups"))!.Single().Members.ShouldBe(1);
    }

    [Fact]
    public async Task Only_platform_managers_open_rooms()
    {
        var user = await App.SignUpAsync();

        var response = await App.Client(user).PostAsJsonAsync("/api/deal-rooms", new { name = "Mine" });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Someone_who_is_not_a_member_gets_404_for_everything_in_the_room()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var outsider = App.Client(await App.ManagerAsync());

        foreach (var path in new[] { "", "/groups", "/members", "/tree", "/invitations", "/audit", "/audit/verify" })
        {
            var response = await outsider.GetAsync($"/api/deal-rooms/{room.Id}{path}");
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
            await response.ProblemAsync();
        }

        (await outsider.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/folders", new { name = "Sneaky" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.GetAsync($"/api/deal-rooms/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Groups_never_see_each_others_members()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var a = await manager.CreateGroupAsync(room.Id, "Bidder A");
        var b = await manager.CreateGroupAsync(room.Id, "Bidder B");
        var alice = await App.JoinAsync(manager, room.Id, "Viewer", a.Id);
        var bob = await App.JoinAsync(manager, room.Id, "Viewer", b.Id);

        var seenByAlice = await App.Client(alice).GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{room.Id}/members");
        var emails = seenByAlice.EnumerateArray().Select(m => m.GetProperty("email").GetString()).ToList();
        emails.ShouldContain(alice.Email);
        emails.ShouldNotContain(bob.Email);
        (await App.Client(alice).GetFromJsonAsync<GroupDto[]>($"/api/deal-rooms/{room.Id}/groups"))!.Select(g => g.Name).ShouldBe(["Bidder A"]);
    }

    [Fact]
    public async Task A_removed_member_loses_access_at_once_and_an_expired_one_when_the_time_passes()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var group = await manager.CreateGroupAsync(room.Id, "Advisers");
        var removed = await App.JoinAsync(manager, room.Id, "Viewer", group.Id);
        var expiring = await App.JoinAsync(manager, room.Id, "Viewer", group.Id);
        var expiringId = (await App.Client(expiring).GetFromJsonAsync<MeResponse>("/api/me"))!.Id;
        var removedId = (await App.Client(removed).GetFromJsonAsync<MeResponse>("/api/me"))!.Id;

        (await manager.DeleteAsync($"/api/deal-rooms/{room.Id}/members/{removedId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await App.Client(removed).GetAsync($"/api/deal-rooms/{room.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await manager.PatchAsJsonAsync($"/api/deal-rooms/{room.Id}/members/{expiringId}", new { accessExpiresAt = DateTimeOffset.UtcNow.AddHours(1) }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await App.Client(expiring).GetAsync($"/api/deal-rooms/{room.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        App.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        var again = await App.CreateClient().LoginForTokensAsync(expiring.Email); // the old access token has expired too
        (await App.ClientWithToken(again.AccessToken).GetAsync($"/api/deal-rooms/{room.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Invitation_links_are_single_use_revocable_and_expire()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var group = await manager.CreateGroupAsync(room.Id, "Bidder A");

        // used
        var member = await App.JoinAsync(manager, room.Id, "Viewer", group.Id);
        var usedEmail = IdentityApi.NewEmail("twice");
        await manager.InviteAsync(room.Id, usedEmail, "Viewer", group.Id);
        var usedToken = await App.InvitationTokenAsync(usedEmail);
        var twice = await App.SignUpAsync(usedEmail);
        (await App.Client(twice).AcceptAsync(usedToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var again = await App.Client(twice).AcceptAsync(usedToken);
        again.StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await again.CodeAsync()).ShouldBe("invitation-used");

        // someone else's
        var strangerEmail = IdentityApi.NewEmail("stranger");
        await manager.InviteAsync(room.Id, strangerEmail, "Viewer", group.Id);
        var strangerToken = await App.InvitationTokenAsync(strangerEmail);
        (await App.Client(member).AcceptAsync(strangerToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // revoked
        var revokedEmail = IdentityApi.NewEmail("revoked");
        var invitation = await (await manager.InviteAsync(room.Id, revokedEmail, "Viewer", group.Id)).Content.ReadFromJsonAsync<InvitationDto>();
        var revokedToken = await App.InvitationTokenAsync(revokedEmail);
        (await manager.DeleteAsync($"/api/deal-rooms/{room.Id}/invitations/{invitation!.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var revoked = await App.Client(await App.SignUpAsync(revokedEmail)).AcceptAsync(revokedToken);
        (await revoked.CodeAsync()).ShouldBe("invitation-revoked");

        // expired
        var lateEmail = IdentityApi.NewEmail("late");
        await manager.InviteAsync(room.Id, lateEmail, "Viewer", group.Id);
        var lateToken = await App.InvitationTokenAsync(lateEmail);
        var late = await App.SignUpAsync(lateEmail);
        App.Clock.Advance(TimeSpan.FromDays(15));
        var expired = await App.ClientWithToken((await App.CreateClient().LoginForTokensAsync(late.Email)).AccessToken).AcceptAsync(lateToken);
        expired.StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await expired.CodeAsync()).ShouldBe("invitation-expired");
    }

    [Fact]
    public async Task The_last_manager_who_stays_cannot_be_removed_demoted_or_given_an_expiry()
    {
        var managerUser = await App.ManagerAsync();
        var manager = App.Client(managerUser);
        var room = await manager.CreateRoomAsync();
        var managerId = (await manager.GetFromJsonAsync<MeResponse>("/api/me"))!.Id;
        var members = $"/api/deal-rooms/{room.Id}/members/{managerId}";

        foreach (var change in new object[] { new { accessExpiresAt = DateTimeOffset.UtcNow.AddDays(1) }, new { role = "Viewer" }, new { role = "Contributor" } })
        {
            var refused = await manager.PatchAsJsonAsync(members, change);
            refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await refused.CodeAsync()).ShouldBe("last-manager");
        }

        var removal = await manager.DeleteAsync(members);
        removal.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await removal.CodeAsync()).ShouldBe("last-manager");

        // A second manager whose own access expires does not count as one who stays.
        var second = await App.JoinAsync(manager, room.Id, "Manager");
        var secondId = (await App.Client(second).GetFromJsonAsync<MeResponse>("/api/me"))!.Id;
        (await manager.PatchAsJsonAsync($"/api/deal-rooms/{room.Id}/members/{secondId}", new { accessExpiresAt = DateTimeOffset.UtcNow.AddHours(1) }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await manager.DeleteAsync(members)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await App.Client(second).DeleteAsync(members)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // Once the second manager stays, the first may go.
        (await manager.PatchAsJsonAsync($"/api/deal-rooms/{room.Id}/members/{secondId}", new { clearAccessExpiry = true }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        // A manager made a member needs a group, as an invitation would.
        (await manager.PatchAsJsonAsync(members, new { role = "Viewer" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await manager.PatchAsJsonAsync(members, new { accessExpiresAt = DateTimeOffset.UtcNow.AddDays(1) })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await App.Client(second).DeleteAsync(members)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await manager.GetAsync($"/api/deal-rooms/{room.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Accepting_an_older_invitation_to_a_lesser_role_does_not_demote_the_last_manager()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var managerId = (await manager.GetFromJsonAsync<MeResponse>("/api/me"))!.Id;
        var group = await manager.CreateGroupAsync(room.Id, "Advisers");
        var email = IdentityApi.NewEmail("carol");
        (await manager.InviteAsync(room.Id, email, "Viewer", group.Id)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var asViewer = await App.InvitationTokenAsync(email);
        App.Smtp.Clear();
        (await manager.InviteAsync(room.Id, email, "Manager")).StatusCode.ShouldBe(HttpStatusCode.Created);
        var asManager = await App.InvitationTokenAsync(email);
        var carol = App.Client(await App.SignUpAsync(email));
        (await carol.AcceptAsync(asManager)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await carol.DeleteAsync($"/api/deal-rooms/{room.Id}/members/{managerId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var demotion = await carol.AcceptAsync(asViewer);

        demotion.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await demotion.CodeAsync()).ShouldBe("last-manager");
        (await carol.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/deal-rooms/{room.Id}")).GetProperty("myRole").GetString().ShouldBe("Manager");
    }

    [Fact]
    public async Task Status_changes_follow_the_lifecycle_are_announced_and_a_closed_room_is_read_only()
    {
        var (manager, room) = await App.ManagerWithRoomAsync("Project Heron");
        var group = await manager.CreateGroupAsync(room.Id, "Bidder A");
        var member = await App.JoinAsync(manager, room.Id, "Viewer", group.Id);

        (await manager.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/status", new { status = "Closed" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await manager.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/status", new { status = "Active" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await App.Smtp.WaitForAsync(member.Email, m => (m.Subject ?? "").Contains("Project Heron\" is now Active", StringComparison.Ordinal));
        (await App.Client(member).PostAsJsonAsync($"/api/deal-rooms/{room.Id}/status", new { status = "Closed" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await manager.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/status", new { status = "Closed" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var change = await manager.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/folders", new { name = "Late" });
        change.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await change.CodeAsync()).ShouldBe("room-read-only");

        (await manager.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/status", new { status = "Archived" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await App.Client(member).GetAsync($"/api/deal-rooms/{room.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await manager.GetAsync($"/api/deal-rooms/{room.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
