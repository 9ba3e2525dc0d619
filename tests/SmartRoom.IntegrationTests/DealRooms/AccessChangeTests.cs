using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.DealRooms;

/// <summary>What a manager changes about a member or a grant changes what that member sees and may do, at once.</summary>
public sealed class AccessChangeTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task Moving_a_member_to_another_group_swaps_what_they_see()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var legal = await manager.CreateFolderAsync(room.Id, "Legal");
        var finance = await manager.CreateFolderAsync(room.Id, "Finance");
        var nda = await manager.UploadAsync(room.Id, legal.Id, "NDA.txt", "confidential terms");
        var accounts = await manager.UploadAsync(room.Id, finance.Id, "Accounts.txt", "the numbers");
        var a = await manager.CreateGroupAsync(room.Id, "Bidder A");
        var b = await manager.CreateGroupAsync(room.Id, "Bidder B");
        await manager.GrantAsync(room.Id, a.Id, "Download", folderId: legal.Id);
        await manager.GrantAsync(room.Id, b.Id, "Download", folderId: finance.Id);
        var aliceUser = await App.JoinAsync(manager, room.Id, "Viewer", a.Id);
        var alice = App.Client(aliceUser);
        await SeesAsync(alice, room.Id, ["Legal"], ["NDA.txt"]);

        (await manager.PatchAsJsonAsync($"/api/deal-rooms/{room.Id}/members/{await IdOf(aliceUser)}", new { groupId = b.Id }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        await SeesAsync(alice, room.Id, ["Finance"], ["Accounts.txt"]);
        (await alice.GetAsync($"/api/deal-rooms/{room.Id}/documents/{nda}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await alice.GetAsync($"/api/deal-rooms/{room.Id}/documents/{nda}/content")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await alice.GetStringAsync($"/api/deal-rooms/{room.Id}/documents/{accounts}/content")).ShouldBe("the numbers");
        var members = await manager.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{room.Id}/members");
        members.EnumerateArray().Single(m => m.GetProperty("email").GetString() == aliceUser.Email).GetProperty("groupId").GetGuid().ShouldBe(b.Id);
    }

    [Fact]
    public async Task Changing_a_members_role_changes_what_they_may_do()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var inbox = await manager.CreateFolderAsync(room.Id, "Q&A uploads");
        var group = await manager.CreateGroupWithGrantAsync(room.Id, "Advisers", "Upload", inbox.Id);
        var memberUser = await App.JoinAsync(manager, room.Id, "Viewer", group.Id);
        var member = App.Client(memberUser);
        var path = $"/api/deal-rooms/{room.Id}/members/{await IdOf(memberUser)}";
        (await TryUploadAsync(member, room.Id, inbox.Id, "As viewer.txt")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await manager.PatchAsJsonAsync(path, new { role = "Contributor" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TryUploadAsync(member, room.Id, inbox.Id, "As contributor.txt")).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await member.GetAsync($"/api/deal-rooms/{room.Id}/invitations")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await manager.PatchAsJsonAsync(path, new { role = "Manager" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await member.GetAsync($"/api/deal-rooms/{room.Id}/invitations")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await manager.PatchAsJsonAsync(path, new { role = "Viewer" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TryUploadAsync(member, room.Id, inbox.Id, "As viewer again.txt")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await member.GetAsync($"/api/deal-rooms/{room.Id}/invitations")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await manager.GetFromJsonAsync<TreeDto>($"/api/deal-rooms/{room.Id}/tree"))!.Documents.Select(d => d.Name).ShouldBe(["As contributor.txt"]);
    }

    [Fact]
    public async Task A_grant_naming_both_a_folder_and_a_document_is_refused_and_changes_nothing()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var legal = await manager.CreateFolderAsync(room.Id, "Legal");
        var nda = await manager.UploadAsync(room.Id, legal.Id, "NDA.txt", "confidential terms");
        var group = await manager.CreateGroupWithGrantAsync(room.Id, "Bidder A", "View", legal.Id);
        var before = await manager.GetStringAsync($"/api/deal-rooms/{room.Id}/permissions");

        var response = await manager.PutAsJsonAsync($"/api/deal-rooms/{room.Id}/permissions",
            new { groupId = group.Id, folderId = legal.Id, documentId = nda, level = "Download" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).GetProperty("errors").TryGetProperty("target", out _).ShouldBeTrue();
        (await manager.GetStringAsync($"/api/deal-rooms/{room.Id}/permissions")).ShouldBe(before);
        var access = (await manager.GetFromJsonAsync<TreeDto>($"/api/deal-rooms/{room.Id}/groups/{group.Id}/effective-access"))!;
        access.Documents.Single(d => d.Id == nda).Level.ShouldBe("View");
    }

    [Fact]
    public async Task The_permission_list_shows_every_grant_with_its_target_and_level()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var legal = await manager.CreateFolderAsync(room.Id, "Legal");
        var nda = await manager.UploadAsync(room.Id, legal.Id, "NDA.txt", "confidential terms");
        var a = await manager.CreateGroupAsync(room.Id, "Bidder A");
        var b = await manager.CreateGroupAsync(room.Id, "Bidder B");
        await manager.GrantAsync(room.Id, a.Id, "View", folderId: legal.Id);
        await manager.GrantAsync(room.Id, a.Id, "Download", documentId: nda);
        await manager.GrantAsync(room.Id, b.Id, "Upload", folderId: legal.Id);
        await manager.GrantAsync(room.Id, b.Id, "Download", folderId: legal.Id); // replaces b's grant on Legal

        var grants = (await manager.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{room.Id}/permissions")).EnumerateArray()
            .Select(p => (Group: p.GetProperty("groupId").GetGuid(), Folder: IdOrNull(p, "folderId"), Document: IdOrNull(p, "documentId"), Level: p.GetProperty("level").GetString()))
            .ToList();

        grants.ShouldBe([(a.Id, legal.Id, null, "View"), (a.Id, null, nda, "Download"), (b.Id, legal.Id, null, "Download")], ignoreOrder: true);
    }

    [Fact]
    public async Task The_invitation_list_shows_pending_invitations_only()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var group = await manager.CreateGroupAsync(room.Id, "Bidder A");
        var pending = IdentityApi.NewEmail("pending");
        var revoked = IdentityApi.NewEmail("revoked");
        var before = App.Clock.GetUtcNow();
        var expiresAt = before.AddDays(3);
        (await manager.InviteAsync(room.Id, pending, "Contributor", group.Id, expiresAt)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var toRevoke = await (await manager.InviteAsync(room.Id, revoked, "Viewer", group.Id)).Content.ReadFromJsonAsync<InvitationDto>();
        (await manager.DeleteAsync($"/api/deal-rooms/{room.Id}/invitations/{toRevoke!.Id}")).IsSuccessStatusCode.ShouldBeTrue();
        await App.JoinAsync(manager, room.Id, "Viewer", group.Id); // invited and accepted: no longer pending

        var list = (await manager.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{room.Id}/invitations")).EnumerateArray().ToList();

        list.Count.ShouldBe(1);
        var invitation = list[0];
        invitation.GetProperty("email").GetString().ShouldBe(pending);
        invitation.GetProperty("role").GetString().ShouldBe("Contributor");
        invitation.GetProperty("groupId").GetGuid().ShouldBe(group.Id);
        invitation.GetProperty("expiresAt").GetDateTimeOffset().ShouldBe(expiresAt, TimeSpan.FromSeconds(1));
        invitation.GetProperty("createdAt").GetDateTimeOffset().ShouldBeGreaterThanOrEqualTo(before.AddSeconds(-1));
    }

    private static Guid? IdOrNull(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetGuid() : null;

    private static async Task SeesAsync(HttpClient member, Guid roomId, string[] folders, string[] documents)
    {
        var tree = (await member.GetFromJsonAsync<TreeDto>($"/api/deal-rooms/{roomId}/tree"))!;
        tree.Folders.Select(f => f.Name).ShouldBe(folders);
        tree.Documents.Select(d => d.Name).ShouldBe(documents);
    }

    private static Task<HttpResponseMessage> TryUploadAsync(HttpClient client, Guid roomId, Guid folderId, string name)
    {
        var form = new MultipartFormDataContent { { new StringContent(folderId.ToString()), "folderId" } };
        form.Add(new ByteArrayContent("content"u8.ToArray()), "file", name);
        return client.PostAsync($"/api/deal-rooms/{roomId}/documents", form);
    }

    private async Task<Guid> IdOf(SignedInUser user) =>
        (await App.Client(user).GetFromJsonAsync<MeResponse>("/api/me"))!.Id;
}
