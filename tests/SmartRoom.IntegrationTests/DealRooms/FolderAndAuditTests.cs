using System.Net;
using System.Net.Http.Json;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.DealRooms;

public sealed class FolderAndAuditTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task Folders_are_numbered_and_renumbered_when_moved_and_reordered()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var legal = await manager.CreateFolderAsync(room.Id, "Legal");
        var finance = await manager.CreateFolderAsync(room.Id, "Finance");
        var contracts = await manager.CreateFolderAsync(room.Id, "Contracts", legal.Id);
        var ip = await manager.CreateFolderAsync(room.Id, "IP", legal.Id);
        var tax = await manager.CreateFolderAsync(room.Id, "Tax", finance.Id);
        (legal.Index, finance.Index, contracts.Index, ip.Index, tax.Index).ShouldBe(("1", "2", "1.1", "1.2", "2.1"));

        // Finance first; Tax under Contracts.
        (await manager.PatchAsJsonAsync($"/api/deal-rooms/{room.Id}/folders/{finance.Id}", new { position = 1 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await manager.PatchAsJsonAsync($"/api/deal-rooms/{room.Id}/folders/{tax.Id}", new { move = true, parentId = contracts.Id })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var tree = (await manager.GetFromJsonAsync<TreeDto>($"/api/deal-rooms/{room.Id}/tree"))!;
        tree.Folders.Select(f => $"{f.Index} {f.Name}").ShouldBe(["1 Finance", "2 Legal", "2.1 Contracts", "2.1.1 Tax", "2.2 IP"]);
    }

    [Fact]
    public async Task Bad_folder_operations_are_refused_and_change_nothing()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var legal = await manager.CreateFolderAsync(room.Id, "Legal");
        var contracts = await manager.CreateFolderAsync(room.Id, "Contracts", legal.Id);

        (await manager.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/folders", new { name = "../etc" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await manager.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/folders", new { name = "legal" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await manager.PatchAsJsonAsync($"/api/deal-rooms/{room.Id}/folders/{legal.Id}", new { move = true, parentId = contracts.Id }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await manager.DeleteAsync($"/api/deal-rooms/{room.Id}/folders/{legal.Id}")).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        (await manager.GetFromJsonAsync<TreeDto>($"/api/deal-rooms/{room.Id}/tree"))!.Folders.Length.ShouldBe(2);
        (await manager.DeleteAsync($"/api/deal-rooms/{room.Id}/folders/{legal.Id}?recursive=true")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await manager.GetFromJsonAsync<TreeDto>($"/api/deal-rooms/{room.Id}/tree"))!.Folders.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_folder_holding_documents_is_deleted_only_recursively_and_then_nothing_of_it_remains()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var deal = await manager.CreateFolderAsync(room.Id, "Deal");
        var sub = await manager.CreateFolderAsync(room.Id, "Financials", deal.Id);
        var keep = await manager.CreateFolderAsync(room.Id, "Keep");
        var spa = await manager.UploadAsync(room.Id, deal.Id, "SPA.txt", "the agreement");
        var budget = await manager.UploadAsync(room.Id, sub.Id, "Budget.txt", "numbers");
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent("numbers, revised"u8.ToArray()), "file", "Budget.txt");
        (await manager.PostAsync($"/api/deal-rooms/{room.Id}/documents/{budget}/versions", form)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var kept = await manager.UploadAsync(room.Id, keep.Id, "Kept.txt", "stays");
        var group = await manager.CreateGroupAsync(room.Id, "Bidder A");
        // The member reaches the documents through their own grants only (the folders give nothing).
        await manager.GrantAsync(room.Id, group.Id, "Download", documentId: spa);
        await manager.GrantAsync(room.Id, group.Id, "Download", documentId: budget);
        await manager.GrantAsync(room.Id, group.Id, "View", folderId: sub.Id);
        await manager.GrantAsync(room.Id, group.Id, "Download", folderId: keep.Id);
        var member = App.Client(await App.JoinAsync(manager, room.Id, "Viewer", group.Id));
        (await member.GetStringAsync($"/api/deal-rooms/{room.Id}/documents/{spa}/content")).ShouldBe("the agreement");
        BlobFiles().Count().ShouldBe(4);

        // A folder that holds only documents is not empty either.
        var documentsOnly = await manager.DeleteAsync($"/api/deal-rooms/{room.Id}/folders/{sub.Id}");
        documentsOnly.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await documentsOnly.CodeAsync()).ShouldBe("folder-not-empty");
        (await manager.DeleteAsync($"/api/deal-rooms/{room.Id}/folders/{deal.Id}")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await member.GetStringAsync($"/api/deal-rooms/{room.Id}/documents/{budget}/content")).ShouldBe("numbers, revised");

        (await manager.DeleteAsync($"/api/deal-rooms/{room.Id}/folders/{deal.Id}?recursive=true")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        foreach (var client in new[] { member, manager })
        {
            foreach (var id in new[] { spa, budget })
            {
                (await client.GetAsync($"/api/deal-rooms/{room.Id}/documents/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
                (await client.GetAsync($"/api/deal-rooms/{room.Id}/documents/{id}/content")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
                (await client.GetAsync($"/api/deal-rooms/{room.Id}/documents/{id}/view")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            }
        }

        // Three versions' blobs gone from the disk; the other document's stays and still reads.
        BlobFiles().Count().ShouldBe(1);
        (await member.GetStringAsync($"/api/deal-rooms/{room.Id}/documents/{kept}/content")).ShouldBe("stays");
        var grants = (await manager.GetFromJsonAsync<System.Text.Json.JsonElement[]>($"/api/deal-rooms/{room.Id}/permissions"))!;
        grants.Select(g => g.GetProperty("folderId").ToString()).ShouldBe([keep.Id.ToString()]);
        grants.ShouldAllBe(g => g.GetProperty("documentId").ValueKind == System.Text.Json.JsonValueKind.Null);
        var tree = (await manager.GetFromJsonAsync<TreeDto>($"/api/deal-rooms/{room.Id}/tree"))!;
        tree.Folders.Select(f => $"{f.Index} {f.Name}").ShouldBe(["1 Keep"]);
        tree.Documents.Select(d => d.Name).ShouldBe(["Kept.txt"]);

        var trail = await manager.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/deal-rooms/{room.Id}/audit?pageSize=500");
        var removed = trail.GetProperty("items").EnumerateArray()
            .Where(r => r.GetProperty("action").GetString() is "folder.deleted" or "document.deleted")
            .Select(r => (r.GetProperty("action").GetString(), r.GetProperty("targetId").GetString())).ToList();
        removed.ShouldBe([("document.deleted", budget.ToString()), ("document.deleted", spa.ToString()), ("folder.deleted", sub.Id.ToString()),
            ("folder.deleted", deal.Id.ToString())], ignoreOrder: true);
        (await manager.VerifyAuditAsync(room.Id)).GetProperty("valid").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_tree_too_deep_for_its_index_numbers_is_refused_not_a_server_error()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var top = await manager.CreateFolderAsync(room.Id, "Top");
        var parent = top;
        // "1.1.1…": 50 levels make an index of 99 characters, the most that fits in 100.
        for (var level = 2; level <= 50; level++)
        {
            parent = await manager.CreateFolderAsync(room.Id, $"Level {level}", parent.Id);
        }

        parent.Index.Length.ShouldBe(99);
        var deeper = await manager.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/folders", new { name = "One too many", parentId = parent.Id });
        deeper.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await deeper.CodeAsync()).ShouldBe("folder-too-deep");

        // Moving a tree under another, or a zip's folders, hit the same limit.
        var other = await manager.CreateFolderAsync(room.Id, "Other");
        var child = await manager.CreateFolderAsync(room.Id, "Child", other.Id);
        var moved = await manager.PatchAsJsonAsync($"/api/deal-rooms/{room.Id}/folders/{other.Id}", new { move = true, parentId = parent.Id });
        moved.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await moved.CodeAsync()).ShouldBe("folder-too-deep");
        var zip = await manager.UploadZipAsync(room.Id, parent.Id, ZipTests.Zip(("a/b.txt", "x"u8.ToArray())));
        zip.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await zip.CodeAsync()).ShouldBe("folder-too-deep");

        var tree = (await manager.GetFromJsonAsync<TreeDto>($"/api/deal-rooms/{room.Id}/tree"))!;
        tree.Folders.Length.ShouldBe(52);
        tree.Folders.Single(f => f.Id == child.Id).Index.ShouldBe("2.1");
        tree.Documents.ShouldBeEmpty();
        BlobFiles().ShouldBeEmpty();
    }

    [Fact]
    public async Task The_audit_trail_records_every_change_and_verify_detects_tampering()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var group = await manager.CreateGroupAsync(room.Id, "Bidder A");
        await manager.CreateFolderAsync(room.Id, "Legal");
        await App.JoinAsync(manager, room.Id, "Viewer", group.Id);

        var intact = await manager.VerifyAuditAsync(room.Id);
        intact.GetProperty("valid").GetBoolean().ShouldBeTrue();
        intact.GetProperty("checked").GetInt64().ShouldBe(5); // created, group, folder, invitation, joined
        var trail = await manager.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/deal-rooms/{room.Id}/audit");
        trail.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("action").GetString())
            .ShouldBe(["room.created", "group.created", "folder.created", "invitation.issued", "member.joined"]);

        var sqlite = App.Database.Provider == "Sqlite";
        var table = sqlite ? "\"dealrooms_AuditRecords\"" : "dealrooms.\"AuditRecords\"";
        var roomId = sqlite ? room.Id.ToString().ToUpperInvariant() : room.Id.ToString(); // EF stores GUIDs as upper-case text on SQLite
        await App.Database.ExecuteAsync($"UPDATE {table} SET \"Details\" = '{{\"name\":\"Forged\"}}' WHERE \"RoomId\" = '{roomId}' AND \"Seq\" = 3");

        var edited = await manager.VerifyAuditAsync(room.Id);
        edited.GetProperty("valid").GetBoolean().ShouldBeFalse();
        edited.GetProperty("firstInvalidSeq").GetInt64().ShouldBe(3);

        await App.Database.ExecuteAsync($"DELETE FROM {table} WHERE \"RoomId\" = '{roomId}' AND \"Seq\" = 3");
        var deleted = await manager.VerifyAuditAsync(room.Id);
        deleted.GetProperty("valid").GetBoolean().ShouldBeFalse();
        deleted.GetProperty("firstInvalidSeq").GetInt64().ShouldBe(4);
    }

    private IEnumerable<string> BlobFiles()
    {
        var root = Path.Combine(App.Database.DataDirectory, "blobs");
        return Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".tmp", StringComparison.Ordinal))
            : [];
    }
}
