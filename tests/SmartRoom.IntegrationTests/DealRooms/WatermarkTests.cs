using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.Modules.DealRooms.Documents;

namespace SmartRoom.IntegrationTests.DealRooms;

public sealed class WatermarkTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task A_view_only_member_reads_every_page_stamped_with_their_email_and_address_but_cannot_download()
    {
        var (manager, room, folder, group) = await RoomAsync("View");
        var pdf = Pdf(3);
        var id = await UploadAsync(manager, room.Id, folder.Id, "SPA.pdf", pdf);
        var alice = await App.JoinAsync(manager, room.Id, "Viewer", group.Id);
        var client = From(App.Client(alice), "203.0.113.7");
        var before = App.Clock.GetUtcNow();

        using var view = await client.GetAsync($"/api/deal-rooms/{room.Id}/documents/{id}/view");

        view.StatusCode.ShouldBe(HttpStatusCode.OK, await view.Content.ReadAsStringAsync());
        view.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        view.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("inline");
        view.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("SPA.pdf");
        view.Headers.CacheControl!.NoStore.ShouldBeTrue();
        view.Headers.ETag!.IsWeak.ShouldBeTrue();
        var stamped = await view.Content.ReadAsByteArrayAsync();
        // The day the stamp was made: the day the request was sent, or the next one if midnight passed meanwhile.
        var days = new[] { before, App.Clock.GetUtcNow() }.Select(t => t.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var pages = Texts(stamped);
        pages.Count.ShouldBe(3);
        pages.ShouldAllBe(text => text.Contains(alice.Email) && text.Contains("203.0.113.7") && days.Any(d => text.Contains(d)) && text.Contains("UTC"));
        Texts(pdf).ShouldAllBe(text => !text.Contains(alice.Email));

        var download = await client.GetAsync($"/api/deal-rooms/{room.Id}/documents/{id}/content");
        download.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await download.CodeAsync()).ShouldBe("download-not-permitted");

        var viewed = (await AuditAsync(manager, room.Id, "document.viewed")).ShouldHaveSingleItem();
        viewed.GetProperty("targetId").GetString().ShouldBe(id.ToString());
        viewed.GetProperty("ipAddress").GetString().ShouldBe("203.0.113.7");
        var details = JsonDocument.Parse(viewed.GetProperty("details").GetString()!).RootElement;
        details.GetProperty("version").GetInt32().ShouldBe(1);
        details.GetProperty("watermarked").GetBoolean().ShouldBeTrue();
        details.GetProperty("bytes").GetInt64().ShouldBe(stamped.Length);
        (await manager.VerifyAuditAsync(room.Id)).GetProperty("valid").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Only_pdfs_are_viewed_and_a_group_without_view_finds_nothing()
    {
        var (manager, room, folder, group) = await RoomAsync("View");
        var pdf = await UploadAsync(manager, room.Id, folder.Id, "SPA.pdf", Pdf(1));
        var notes = await manager.UploadAsync(room.Id, folder.Id, "notes.txt", "meeting notes");
        var damaged = await UploadAsync(manager, room.Id, folder.Id, "damaged.pdf", "%PDF-1.7\n1 0 obj\n"u8.ToArray());
        var alice = App.Client(await App.JoinAsync(manager, room.Id, "Viewer", group.Id));
        var others = await manager.CreateGroupAsync(room.Id, "Bidder B");
        var bob = App.Client(await App.JoinAsync(manager, room.Id, "Viewer", others.Id));

        var text = await alice.GetAsync($"/api/deal-rooms/{room.Id}/documents/{notes}/view");
        text.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await text.CodeAsync()).ShouldBe("preview-not-available");
        (await alice.GetAsync($"/api/deal-rooms/{room.Id}/documents/{notes}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var unreadable = await alice.GetAsync($"/api/deal-rooms/{room.Id}/documents/{damaged}/view");
        unreadable.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await unreadable.CodeAsync()).ShouldBe("pdf-unreadable");

        var outside = await bob.GetAsync($"/api/deal-rooms/{room.Id}/documents/{pdf}/view");
        outside.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await outside.ProblemAsync();
        (await App.Client(await App.ManagerAsync()).GetAsync($"/api/deal-rooms/{room.Id}/documents/{pdf}/view")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await AuditAsync(manager, room.Id, "document.viewed")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_pdf_over_the_cap_is_not_stamped()
    {
        var (manager, room, folder, _) = await RoomAsync("View");
        var pdf = Pdf(1);
        var id = await UploadAsync(manager, room.Id, folder.Id, "SPA.pdf", pdf);
        var options = App.Services.GetRequiredService<IOptions<DocumentOptions>>().Value;
        var cap = options.MaxWatermarkBytes;
        options.MaxWatermarkBytes = pdf.Length - 1;
        try
        {
            var response = await manager.GetAsync($"/api/deal-rooms/{room.Id}/documents/{id}/view");

            response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
            (await response.CodeAsync()).ShouldBe("too-large-to-watermark");
        }
        finally
        {
            options.MaxWatermarkBytes = cap;
        }

        (await manager.GetAsync($"/api/deal-rooms/{room.Id}/documents/{id}/view")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Support_staff_view_only_when_their_grant_includes_documents()
    {
        var (manager, room, folder, _) = await RoomAsync("View");
        var id = await UploadAsync(manager, room.Id, folder.Id, "SPA.pdf", Pdf(2));
        var support = await App.SupportAsync();
        var client = From(App.Client(support), "192.0.2.44");
        var grant = await GrantSupportAsync(manager, client, room.Id, mayViewDocuments: false);

        var refused = await client.GetAsync($"/api/deal-rooms/{room.Id}/documents/{id}/view");
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await refused.CodeAsync()).ShouldBe("support-view-not-permitted");

        (await manager.PostAsync($"/api/deal-rooms/{room.Id}/support-access-requests/{grant}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await GrantSupportAsync(manager, client, room.Id, mayViewDocuments: true);
        var view = await client.GetAsync($"/api/deal-rooms/{room.Id}/documents/{id}/view");

        view.StatusCode.ShouldBe(HttpStatusCode.OK, await view.Content.ReadAsStringAsync());
        Texts(await view.Content.ReadAsByteArrayAsync()).ShouldAllBe(t => t.Contains(support.Email) && t.Contains("192.0.2.44"));
        (await AuditAsync(manager, room.Id, "document.viewed")).ShouldHaveSingleItem().GetProperty("actorKind").GetString().ShouldBe("Support");
    }

    [Fact]
    public async Task With_watermarked_downloads_members_get_stamped_pdfs_and_managers_the_original()
    {
        var (manager, room, folder, group) = await RoomAsync("Download");
        var pdf = Pdf(2);
        var id = await UploadAsync(manager, room.Id, folder.Id, "SPA.pdf", pdf);
        var notes = await manager.UploadAsync(room.Id, folder.Id, "notes.txt", "meeting notes");
        var bob = await App.JoinAsync(manager, room.Id, "Viewer", group.Id);
        var client = From(App.Client(bob), "198.51.100.23");
        var sha = Convert.ToHexStringLower(SHA256.HashData(pdf));

        // Off (the default): the stored bytes, for everyone.
        (await client.GetByteArrayAsync($"/api/deal-rooms/{room.Id}/documents/{id}/content")).ShouldBe(pdf);

        (await manager.PatchAsJsonAsync($"/api/deal-rooms/{room.Id}", new { watermarkDownloads = true })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var ranged = new HttpRequestMessage(HttpMethod.Get, $"/api/deal-rooms/{room.Id}/documents/{id}/content");
        ranged.Headers.Range = new RangeHeaderValue(0, 99);
        using var stamped = await client.SendAsync(ranged);
        stamped.StatusCode.ShouldBe(HttpStatusCode.OK); // served whole: the stamp is made afresh each time
        stamped.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        stamped.Headers.ETag!.IsWeak.ShouldBeTrue();
        stamped.Headers.ETag.Tag.ShouldNotBe($"\"{sha}\"");
        var bytes = await stamped.Content.ReadAsByteArrayAsync();
        bytes.ShouldNotBe(pdf);
        Texts(bytes).ShouldAllBe(t => t.Contains(bob.Email) && t.Contains("198.51.100.23"));
        (await client.GetStringAsync($"/api/deal-rooms/{room.Id}/documents/{notes}/content")).ShouldBe("meeting notes");

        using var original = await manager.GetAsync($"/api/deal-rooms/{room.Id}/documents/{id}/content");
        original.Headers.ETag!.Tag.ShouldBe($"\"{sha}\"");
        (await original.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);

        var downloads = (await AuditAsync(manager, room.Id, "document.downloaded"))
            .Select(r => (Actor: r.GetProperty("actorKind").GetString(), Target: r.GetProperty("targetId").GetString(),
                Watermarked: JsonDocument.Parse(r.GetProperty("details").GetString()!).RootElement.GetProperty("watermarked").GetBoolean()))
            .ToList();
        downloads.ShouldBe([
            ("Member", id.ToString(), false),
            ("Member", id.ToString(), true),
            ("Member", notes.ToString(), false),
            ("Manager", id.ToString(), false),
        ]);
        (await manager.VerifyAuditAsync(room.Id)).GetProperty("valid").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task With_watermarked_downloads_a_folder_zip_carries_stamped_pdfs_too()
    {
        var (manager, room, folder, group) = await RoomAsync("Download");
        var pdf = Pdf(2);
        await UploadAsync(manager, room.Id, folder.Id, "SPA.pdf", pdf);
        await manager.UploadAsync(room.Id, folder.Id, "notes.txt", "meeting notes");
        var bob = await App.JoinAsync(manager, room.Id, "Viewer", group.Id);
        var client = From(App.Client(bob), "198.51.100.23");
        (await manager.PatchAsJsonAsync($"/api/deal-rooms/{room.Id}", new { watermarkDownloads = true })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var entries = await ZipEntriesAsync(client, room.Id, folder.Id);

        var stamped = entries.Single(e => e.Key.EndsWith("SPA.pdf", StringComparison.Ordinal)).Value;
        stamped.ShouldNotBe(pdf);
        Texts(stamped).ShouldAllBe(t => t.Contains(bob.Email) && t.Contains("198.51.100.23") && t.Contains("Downloaded by"));
        System.Text.Encoding.UTF8.GetString(entries.Single(e => e.Key.EndsWith("notes.txt", StringComparison.Ordinal)).Value).ShouldBe("meeting notes");
        // Managers still take the originals.
        (await ZipEntriesAsync(manager, room.Id, folder.Id)).Single(e => e.Key.EndsWith("SPA.pdf", StringComparison.Ordinal)).Value.ShouldBe(pdf);

        var viaZip = (await AuditAsync(manager, room.Id, "document.downloaded"))
            .Select(r => JsonDocument.Parse(r.GetProperty("details").GetString()!).RootElement)
            .Where(d => d.GetProperty("viaZip").GetBoolean())
            .Select(d => d.GetProperty("watermarked").GetBoolean())
            .ToList();
        viaZip.Count(w => w).ShouldBe(1); // bob's PDF; his notes and the manager's copies are as stored
        (await manager.VerifyAuditAsync(room.Id)).GetProperty("valid").GetBoolean().ShouldBeTrue();
    }

    private static async Task<Dictionary<string, byte[]>> ZipEntriesAsync(HttpClient client, Guid roomId, Guid folderId)
    {
        using var response = await client.GetAsync($"/api/deal-rooms/{roomId}/folders/{folderId}/zip");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var entries = new Dictionary<string, byte[]>();
        foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith('/')))
        {
            using var content = entry.Open();
            using var copy = new MemoryStream();
            content.CopyTo(copy);
            entries[entry.FullName] = copy.ToArray();
        }

        return entries;
    }

    private async Task<(HttpClient Manager, RoomDto Room, FolderDto Folder, GroupDto Group)> RoomAsync(string level)
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var folder = await manager.CreateFolderAsync(room.Id, "Legal");
        var group = await manager.CreateGroupAsync(room.Id, "Bidder A");
        await manager.GrantAsync(room.Id, group.Id, level, folderId: folder.Id);
        return (manager, room, folder, group);
    }

    private static HttpClient From(HttpClient client, string address)
    {
        client.DefaultRequestHeaders.Add(ClientAddressStartupFilter.Header, address);
        return client;
    }

    private static async Task<Guid> UploadAsync(HttpClient client, Guid roomId, Guid folderId, string name, byte[] content)
    {
        var response = await client.PostAsync($"/api/deal-rooms/{roomId}/documents", DocumentTests.Multipart(folderId, new ByteArrayContent(content), name));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<List<JsonElement>> AuditAsync(HttpClient manager, Guid roomId, string action) =>
        (await manager.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{roomId}/audit?action={action}")).GetProperty("items").EnumerateArray().ToList();

    /// <summary>Support asks, the manager approves (with or without document views): the real flow.</summary>
    private static async Task<Guid> GrantSupportAsync(HttpClient manager, HttpClient support, Guid roomId, bool mayViewDocuments)
    {
        var asked = await support.PostAsJsonAsync($"/api/deal-rooms/{roomId}/support-access-requests", new { reason = "Customer ticket 4711" });
        asked.StatusCode.ShouldBe(HttpStatusCode.Created, await asked.Content.ReadAsStringAsync());
        var id = (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await manager.PostAsJsonAsync($"/api/deal-rooms/{roomId}/support-access-requests/{id}/approve", new { hours = 2, mayViewDocuments }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        return id;
    }

    private static byte[] Pdf(int pages) => TestPdfs.Pages(pages);

    private static List<string> Texts(byte[] pdf) => TestPdfs.Texts(pdf);
}
