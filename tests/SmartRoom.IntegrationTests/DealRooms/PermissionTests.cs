using System.Net;
using System.Net.Http.Json;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.DealRooms;

public sealed class PermissionTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task Each_group_sees_only_what_it_was_granted_and_a_viewer_cannot_download()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var legal = await manager.CreateFolderAsync(room.Id, "Legal");
        var contracts = await manager.CreateFolderAsync(room.Id, "Contracts", legal.Id);
        var finance = await manager.CreateFolderAsync(room.Id, "Finance");
        var nda = await manager.UploadAsync(room.Id, contracts.Id, "NDA.txt", "confidential terms");
        var accounts = await manager.UploadAsync(room.Id, finance.Id, "Accounts.txt", "the numbers");
        var a = await manager.CreateGroupAsync(room.Id, "Bidder A");
        var b = await manager.CreateGroupAsync(room.Id, "Bidder B");
        await manager.GrantAsync(room.Id, a.Id, "View", folderId: legal.Id);
        await manager.GrantAsync(room.Id, b.Id, "Download", folderId: finance.Id);
        var alice = App.Client(await App.JoinAsync(manager, room.Id, "Viewer", a.Id));
        var bob = App.Client(await App.JoinAsync(manager, room.Id, "Viewer", b.Id));

        var aliceTree = (await alice.GetFromJsonAsync<TreeDto>($"/api/deal-rooms/{room.Id}/tree"))!;
        aliceTree.Folders.Select(f => $"{f.Index} {f.Name} {f.Level}").ShouldBe(["1 Legal View", "1.1 Contracts View"]);
        aliceTree.Documents.Select(d => $"{d.Index} {d.Name}").ShouldBe(["1.1.1 NDA.txt"]);
        (await alice.GetAsync($"/api/deal-rooms/{room.Id}/documents/{nda}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var viewOnly = await alice.GetAsync($"/api/deal-rooms/{room.Id}/documents/{nda}/content");
        viewOnly.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await viewOnly.CodeAsync()).ShouldBe("download-not-permitted");
        (await alice.GetAsync($"/api/deal-rooms/{room.Id}/documents/{accounts}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await alice.GetAsync($"/api/deal-rooms/{room.Id}/documents/{accounts}/content")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var bobTree = (await bob.GetFromJsonAsync<TreeDto>($"/api/deal-rooms/{room.Id}/tree"))!;
        bobTree.Folders.Select(f => f.Name).ShouldBe(["Finance"]);
        (await bob.GetStringAsync($"/api/deal-rooms/{room.Id}/documents/{accounts}/content")).ShouldBe("the numbers");
        (await bob.GetAsync($"/api/deal-rooms/{room.Id}/documents/{nda}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // "Preview as" shows a manager exactly what the group sees.
        var preview = (await manager.GetFromJsonAsync<TreeDto>($"/api/deal-rooms/{room.Id}/groups/{a.Id}/effective-access"))!;
        preview.Folders.Select(f => f.Id).ShouldBe(aliceTree.Folders.Select(f => f.Id));
        preview.Documents.Select(d => d.Id).ShouldBe(aliceTree.Documents.Select(d => d.Id));
    }

    [Fact]
    public async Task New_items_inherit_and_a_grant_below_can_narrow_or_widen()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var legal = await manager.CreateFolderAsync(room.Id, "Legal");
        var group = await manager.CreateGroupWithGrantAsync(room.Id, "Bidder A", "Download", legal.Id);
        var later = await manager.CreateFolderAsync(room.Id, "Later", legal.Id);
        var secret = await manager.CreateFolderAsync(room.Id, "Secret", legal.Id);
        await manager.GrantAsync(room.Id, group.Id, "None", folderId: secret.Id);
        var hidden = await manager.UploadAsync(room.Id, secret.Id, "Hidden.txt", "x");
        await manager.GrantAsync(room.Id, group.Id, "View", documentId: hidden);

        var tree = (await manager.GetFromJsonAsync<TreeDto>($"/api/deal-rooms/{room.Id}/groups/{group.Id}/effective-access"))!;

        tree.Folders.Single(f => f.Id == later.Id).Level.ShouldBe("Download");
        tree.Folders.ShouldNotContain(f => f.Id == secret.Id);
        tree.Documents.Single(d => d.Id == hidden).Level.ShouldBe("View");
    }

    [Fact]
    public async Task Contributors_upload_where_their_group_may_and_viewers_never()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var inbox = await manager.CreateFolderAsync(room.Id, "Q&A uploads");
        var group = await manager.CreateGroupWithGrantAsync(room.Id, "Advisers", "Upload", inbox.Id);
        var contributor = App.Client(await App.JoinAsync(manager, room.Id, "Contributor", group.Id));
        var viewer = App.Client(await App.JoinAsync(manager, room.Id, "Viewer", group.Id));

        await contributor.UploadAsync(room.Id, inbox.Id, "Answer.txt", "our answer");

        var form = new MultipartFormDataContent { { new StringContent(inbox.Id.ToString()), "folderId" } };
        form.Add(new ByteArrayContent("nope"u8.ToArray()), "file", "Viewer.txt");
        (await viewer.PostAsync($"/api/deal-rooms/{room.Id}/documents", form)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await manager.GetFromJsonAsync<TreeDto>($"/api/deal-rooms/{room.Id}/tree"))!.Documents.Select(d => d.Name).ShouldBe(["Answer.txt"]);
    }

    [Fact]
    public async Task Only_managers_grant_and_a_grant_needs_exactly_one_target()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var legal = await manager.CreateFolderAsync(room.Id, "Legal");
        var group = await manager.CreateGroupAsync(room.Id, "Bidder A");
        var member = App.Client(await App.JoinAsync(manager, room.Id, "Viewer", group.Id));

        (await member.PutAsJsonAsync($"/api/deal-rooms/{room.Id}/permissions", new { groupId = group.Id, folderId = legal.Id, level = "Upload" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await manager.PutAsJsonAsync($"/api/deal-rooms/{room.Id}/permissions", new { groupId = group.Id, level = "View" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await manager.PutAsJsonAsync($"/api/deal-rooms/{room.Id}/permissions", new { groupId = group.Id, folderId = legal.Id, level = "Everything" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await manager.GetFromJsonAsync<PermissionDto[]>($"/api/deal-rooms/{room.Id}/permissions"))!.ShouldBeEmpty();
    }

    private sealed record PermissionDto(Guid GroupId, Guid? FolderId, Guid? DocumentId, string Level);
}

public sealed class VersionTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task A_new_version_is_what_members_get_and_old_versions_stay_with_managers()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var legal = await manager.CreateFolderAsync(room.Id, "Legal");
        var group = await manager.CreateGroupWithGrantAsync(room.Id, "Bidder A", "Download", legal.Id);
        var spa = await manager.UploadAsync(room.Id, legal.Id, "SPA.txt", "draft one");
        var member = App.Client(await App.JoinAsync(manager, room.Id, "Viewer", group.Id));

        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent("draft two"u8.ToArray()), "file", "SPA.txt");
        var versioned = await manager.PostAsync($"/api/deal-rooms/{room.Id}/documents/{spa}/versions", form);
        versioned.StatusCode.ShouldBe(HttpStatusCode.Created, await versioned.Content.ReadAsStringAsync());
        (await versioned.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("version").GetInt32().ShouldBe(2);

        (await member.GetStringAsync($"/api/deal-rooms/{room.Id}/documents/{spa}/content")).ShouldBe("draft two");
        (await member.GetAsync($"/api/deal-rooms/{room.Id}/documents/{spa}/content?version=1")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await manager.GetStringAsync($"/api/deal-rooms/{room.Id}/documents/{spa}/content?version=1")).ShouldBe("draft one");
        var history = await manager.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/deal-rooms/{room.Id}/documents/{spa}");
        history.GetProperty("versions").GetArrayLength().ShouldBe(2);
        (await member.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/deal-rooms/{room.Id}/documents/{spa}")).GetProperty("versions").GetArrayLength().ShouldBe(1);

        var denied = new MultipartFormDataContent();
        denied.Add(new ByteArrayContent("mine"u8.ToArray()), "file", "SPA.txt");
        (await member.PostAsync($"/api/deal-rooms/{room.Id}/documents/{spa}/versions", denied)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
