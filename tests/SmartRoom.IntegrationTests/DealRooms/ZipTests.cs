using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.DealRooms;

public sealed class ZipTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task A_zip_lands_with_its_tree_and_numbers_and_every_file_comes_back_byte_identical()
    {
        var (manager, room, data) = await RoomWithFolderAsync("Data");
        var legal = await manager.CreateFolderAsync(room.Id, "Legal", data.Id);
        var binary = RandomNumberGenerator.GetBytes(300 * 1024);
        byte[] pdf = [.. "%PDF-1.7\n"u8, .. RandomNumberGenerator.GetBytes(2000)];
        var files = new (string Name, byte[] Content)[]
        {
            ("Financials/", []),
            ("legal/NDA.pdf", pdf), // reuses the existing "Legal", ignoring case
            ("Financials/Budget.csv", "year,amount\n2024,100\n"u8.ToArray()),
            ("Financials\\2024\\Q1.txt", "first quarter"u8.ToArray()),
            ("Financials/2024/blob.bin", binary),
            ("readme.txt", "read me"u8.ToArray()),
            ("__MACOSX/Financials/._Budget.csv", "mac litter"u8.ToArray()),
            ("Financials/.DS_Store", "mac litter"u8.ToArray()),
        };

        var response = await manager.UploadZipAsync(room.Id, data.Id, Zip(files));

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var summary = await response.Content.ReadFromJsonAsync<JsonElement>();
        summary.GetProperty("folders").EnumerateArray().Select(f => $"{f.GetProperty("index").GetString()} {f.GetProperty("name").GetString()}")
            .ShouldBe(["1.2 Financials", "1.2.1 2024"]);
        var documents = summary.GetProperty("documents").EnumerateArray().ToList();
        documents.Select(d => $"{d.GetProperty("index").GetString()} {d.GetProperty("name").GetString()}")
            .ShouldBe(["1.1.1 NDA.pdf", "1.2.2 Budget.csv", "1.2.1.1 Q1.txt", "1.2.1.2 blob.bin", "1.3 readme.txt"]);
        documents[0].GetProperty("contentType").GetString().ShouldBe("application/pdf");
        documents[0].GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(pdf)));
        documents[3].GetProperty("size").GetInt64().ShouldBe(binary.Length);

        var tree = (await manager.GetFromJsonAsync<TreeDto>($"/api/deal-rooms/{room.Id}/tree"))!;
        tree.Folders.Select(f => $"{f.Index} {f.Name}").ShouldBe(["1 Data", "1.1 Legal", "1.2 Financials", "1.2.1 2024"]);
        tree.Folders.Single(f => f.Name == "Legal").Id.ShouldBe(legal.Id);
        tree.Documents.Select(d => $"{d.Index} {d.Name}").ShouldBe(["1.1.1 NDA.pdf", "1.2.1.1 Q1.txt", "1.2.1.2 blob.bin", "1.2.2 Budget.csv", "1.3 readme.txt"]);

        var expected = files.Where(f => !f.Name.EndsWith('/') && !f.Name.Contains("DS_Store", StringComparison.Ordinal) && !f.Name.StartsWith("__", StringComparison.Ordinal))
            .ToDictionary(f => f.Name.Replace('\\', '/').Split('/')[^1], f => f.Content);
        foreach (var document in documents)
        {
            var bytes = await manager.GetByteArrayAsync($"/api/deal-rooms/{room.Id}/documents/{document.GetProperty("id").GetGuid()}/content");
            bytes.ShouldBe(expected[document.GetProperty("name").GetString()!]);
        }

        var audit = await AuditAsync(manager, room.Id);
        audit.Count(a => a.Action == "folder.created").ShouldBe(4); // "Data" and "Legal" by hand, two by the zip
        audit.Count(a => a.Action == "document.uploaded").ShouldBe(5);
        var zipped = audit.Single(a => a.Action == "zip.uploaded");
        zipped.Details.GetProperty("documents").GetInt32().ShouldBe(5);
        zipped.Details.GetProperty("folders").GetInt32().ShouldBe(2);
        (await manager.VerifyAuditAsync(room.Id)).GetProperty("valid").GetBoolean().ShouldBeTrue();
    }

    [Theory]
    [InlineData("../evil.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("a/../../b")]
    [InlineData("C:\\x")]
    [InlineData("docs/..\\..\\x.txt")]
    public async Task A_name_that_could_leave_the_folder_refuses_the_whole_zip(string name)
    {
        var (manager, room, folder) = await RoomWithFolderAsync();

        var response = await manager.UploadZipAsync(room.Id, folder.Id, Zip(("fine/ok.txt", "harmless"u8.ToArray()), (name, "evil"u8.ToArray())));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.CodeAsync()).ShouldBe("zip-unsafe-path");
        await NothingStoredAsync(folders: 1);
    }

    [Fact]
    public async Task A_zip_bomb_is_refused_and_what_was_written_before_it_is_discarded()
    {
        var (manager, room, folder) = await RoomWithFolderAsync();
        var bomb = Zip(("first.txt", "written before the bomb"u8.ToArray()), ("zeros.bin", new byte[50 * 1024 * 1024]));
        bomb.Length.ShouldBeLessThan(200 * 1024);

        var response = await manager.UploadZipAsync(room.Id, folder.Id, bomb);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.CodeAsync()).ShouldBe("zip-bomb");
        await NothingStoredAsync(folders: 1);
    }

    [Fact]
    public async Task Not_a_zip_a_cut_off_zip_and_an_encrypted_entry_are_refused()
    {
        var (manager, room, folder) = await RoomWithFolderAsync();
        var good = Zip(("a.txt", "some text to store"u8.ToArray()), ("b.txt", "more text"u8.ToArray()));

        var text = await manager.UploadZipAsync(room.Id, folder.Id, "just some text, not a zip"u8.ToArray());
        text.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await text.CodeAsync()).ShouldBe("zip-invalid");

        var cut = await manager.UploadZipAsync(room.Id, folder.Id, good[..(good.Length - 30)]);
        cut.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await cut.CodeAsync()).ShouldBe("zip-invalid");

        var encrypted = await manager.UploadZipAsync(room.Id, folder.Id, MarkEncrypted(good));
        encrypted.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await encrypted.CodeAsync()).ShouldBe("zip-encrypted");

        var empty = await manager.UploadZipAsync(room.Id, folder.Id, Zip(("only/", []), (".DS_Store", "x"u8.ToArray())));
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await empty.CodeAsync()).ShouldBe("zip-empty");

        var executable = await manager.UploadZipAsync(room.Id, folder.Id, Zip(("a.txt", "fine"u8.ToArray()), ("tools/setup.exe", "MZ\u0090\0 program"u8.ToArray())));
        executable.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await executable.ProblemAsync()).GetProperty("detail").GetString()!.ShouldContain("tools/setup.exe");
        await NothingStoredAsync(folders: 1);
    }

    [Fact]
    public async Task Nesting_deeper_than_the_limit_is_refused()
    {
        var (manager, room, folder) = await RoomWithFolderAsync();
        var deep = string.Join('/', Enumerable.Range(1, 21).Select(i => $"d{i}")) + "/deep.txt";

        var response = await manager.UploadZipAsync(room.Id, folder.Id, Zip((deep, "deep"u8.ToArray())));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.CodeAsync()).ShouldBe("zip-too-deep");
        await NothingStoredAsync(folders: 1);
    }

    [Fact]
    public async Task A_name_twice_in_the_zip_or_already_in_the_folder_is_a_conflict_and_stores_nothing()
    {
        var (manager, room, folder) = await RoomWithFolderAsync();
        await manager.UploadAsync(room.Id, folder.Id, "NDA.txt", "the signed one");

        var twice = await manager.UploadZipAsync(room.Id, folder.Id, Zip(("x/a.txt", "one"u8.ToArray()), ("X/A.TXT", "two"u8.ToArray())));
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await twice.CodeAsync()).ShouldBe("document-exists");

        var existing = await manager.UploadZipAsync(room.Id, folder.Id, Zip(("new.txt", "new"u8.ToArray()), ("nda.TXT", "another"u8.ToArray())));
        existing.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await existing.CodeAsync()).ShouldBe("document-exists");

        (await App.Database.CountAsync("dealrooms", "Documents")).ShouldBe(1);
        (await App.Database.CountAsync("dealrooms", "Folders")).ShouldBe(1);
        BlobFiles().Count().ShouldBe(1);
    }

    [Fact]
    public async Task Contributors_unpack_where_their_group_may_upload_and_nobody_else_does()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var inbox = await manager.CreateFolderAsync(room.Id, "Q&A uploads");
        var closed = await manager.CreateFolderAsync(room.Id, "Closed", inbox.Id);
        var hidden = await manager.CreateFolderAsync(room.Id, "Hidden");
        var readOnly = await manager.CreateFolderAsync(room.Id, "Read only");
        var group = await manager.CreateGroupWithGrantAsync(room.Id, "Advisers", "Upload", inbox.Id);
        await manager.GrantAsync(room.Id, group.Id, "Download", folderId: closed.Id);
        await manager.GrantAsync(room.Id, group.Id, "Download", folderId: readOnly.Id);
        var contributor = App.Client(await App.JoinAsync(manager, room.Id, "Contributor", group.Id));
        var viewer = App.Client(await App.JoinAsync(manager, room.Id, "Viewer", group.Id));
        var zip = Zip(("Answers/answer.txt", "our answer"u8.ToArray()));

        var asViewer = await viewer.UploadZipAsync(room.Id, inbox.Id, zip);
        asViewer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await asViewer.CodeAsync()).ShouldBe("upload-not-permitted");
        var withoutUpload = await contributor.UploadZipAsync(room.Id, readOnly.Id, zip);
        withoutUpload.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await withoutUpload.CodeAsync()).ShouldBe("upload-not-permitted");
        (await contributor.UploadZipAsync(room.Id, hidden.Id, zip)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var intoNarrowed = await contributor.UploadZipAsync(room.Id, inbox.Id, Zip(("closed/sneaky.txt", "x"u8.ToArray())));
        intoNarrowed.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await App.Database.CountAsync("dealrooms", "Documents")).ShouldBe(0);
        BlobFiles().ShouldBeEmpty();

        var accepted = await contributor.UploadZipAsync(room.Id, inbox.Id, zip);

        accepted.StatusCode.ShouldBe(HttpStatusCode.Created, await accepted.Content.ReadAsStringAsync());
        var tree = (await contributor.GetFromJsonAsync<TreeDto>($"/api/deal-rooms/{room.Id}/tree"))!;
        tree.Folders.Single(f => f.Name == "Answers").Level.ShouldBe("Upload"); // inherited from the inbox
        tree.Documents.Single().Name.ShouldBe("answer.txt");
    }

    [Fact]
    public async Task Uploads_treat_what_the_contributor_cannot_see_as_absent_and_never_name_it()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var inbox = await manager.CreateFolderAsync(room.Id, "Inbox");
        var hidden = await manager.CreateFolderAsync(room.Id, "Board minutes", inbox.Id);
        var secret = await manager.UploadAsync(room.Id, inbox.Id, "Offer from Bidder B.txt", "their price");
        var other = await manager.UploadAsync(room.Id, inbox.Id, "Side letter.txt", "confidential");
        var group = await manager.CreateGroupWithGrantAsync(room.Id, "Bidder A", "Upload", inbox.Id);
        await manager.GrantAsync(room.Id, group.Id, "None", folderId: hidden.Id);
        await manager.GrantAsync(room.Id, group.Id, "None", documentId: secret);
        await manager.GrantAsync(room.Id, group.Id, "None", documentId: other);
        var contributor = App.Client(await App.JoinAsync(manager, room.Id, "Contributor", group.Id));

        // A zip that names the hidden subfolder and the hidden document: stored as if neither existed.
        var zip = await contributor.UploadZipAsync(room.Id, inbox.Id,
            Zip(("Board minutes/ours.txt", "our minutes"u8.ToArray()), ("offer from bidder b.txt", "our offer"u8.ToArray())));
        var body = await zip.Content.ReadAsStringAsync();
        zip.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        body.ShouldNotContain(hidden.Id.ToString());
        body.ShouldNotContain(secret.ToString());

        // A single upload likewise; a name the contributor can see is still a conflict.
        var single = await contributor.PostAsync($"/api/deal-rooms/{room.Id}/documents",
            DocumentTests.Multipart(inbox.Id, new ByteArrayContent("ours"u8.ToArray()), "SIDE LETTER.txt"));
        single.StatusCode.ShouldBe(HttpStatusCode.Created, await single.Content.ReadAsStringAsync());
        var visible = await contributor.PostAsync($"/api/deal-rooms/{room.Id}/documents",
            DocumentTests.Multipart(inbox.Id, new ByteArrayContent("again"u8.ToArray()), "Offer from Bidder B.txt"));
        visible.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await visible.CodeAsync()).ShouldBe("document-exists");

        // The contributor sees only their own; the manager sees both, told apart by their numbers.
        var mine = (await contributor.GetFromJsonAsync<TreeDto>($"/api/deal-rooms/{room.Id}/tree"))!;
        mine.Folders.Select(f => f.Name).ShouldBe(["Inbox", "Board minutes"]);
        mine.Folders.ShouldNotContain(f => f.Id == hidden.Id);
        mine.Documents.Select(d => d.Name).ShouldBe(["ours.txt", "offer from bidder b.txt", "SIDE LETTER.txt"], ignoreOrder: true);
        var all = (await manager.GetFromJsonAsync<TreeDto>($"/api/deal-rooms/{room.Id}/tree"))!;
        all.Folders.Count(f => f.Name == "Board minutes").ShouldBe(2);
        all.Documents.Count(d => d.Name.Equals("Offer from Bidder B.txt", StringComparison.OrdinalIgnoreCase)).ShouldBe(2);
        (await manager.GetStringAsync($"/api/deal-rooms/{room.Id}/documents/{secret}/content")).ShouldBe("their price");
    }

    [Fact]
    public async Task A_folder_downloads_as_a_zip_of_exactly_what_the_caller_may_download()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var deal = await manager.CreateFolderAsync(room.Id, "Deal");
        var financials = await manager.CreateFolderAsync(room.Id, "Financials", deal.Id);
        var secret = await manager.CreateFolderAsync(room.Id, "Secret", deal.Id);
        var legal = await manager.CreateFolderAsync(room.Id, "Legal", deal.Id);
        var overview = await manager.UploadAsync(room.Id, deal.Id, "Overview.txt", "the overview");
        var budget = await manager.UploadAsync(room.Id, financials.Id, "Budget.csv", "year,amount\n");
        var plan = await manager.UploadAsync(room.Id, financials.Id, "Plan.txt", "the plan");
        var hiddenDocument = await manager.UploadAsync(room.Id, secret.Id, "Hidden.txt", "hidden");
        var nda = await manager.UploadAsync(room.Id, legal.Id, "NDA.txt", "view only");
        var second = new MultipartFormDataContent();
        second.Add(new ByteArrayContent("year,amount\n2024,200\n"u8.ToArray()), "file", "Budget.csv");
        (await manager.PostAsync($"/api/deal-rooms/{room.Id}/documents/{budget}/versions", second)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var group = await manager.CreateGroupWithGrantAsync(room.Id, "Bidder A", "Download", deal.Id);
        await manager.GrantAsync(room.Id, group.Id, "None", folderId: secret.Id);
        await manager.GrantAsync(room.Id, group.Id, "View", folderId: legal.Id);
        await manager.GrantAsync(room.Id, group.Id, "View", documentId: plan);
        await manager.GrantAsync(room.Id, group.Id, "Download", documentId: hiddenDocument); // but its folder stays hidden
        var member = App.Client(await App.JoinAsync(manager, room.Id, "Viewer", group.Id));

        using var response = await member.GetAsync($"/api/deal-rooms/{room.Id}/folders/{deal.Id}/zip", HttpCompletionOption.ResponseHeadersRead);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileName!.Trim('"').ShouldBe("Deal.zip");
        var entries = await EntriesAsync(response);
        entries.Keys.ShouldBe(["1 Deal/", "1 Deal/1.4 Overview.txt", "1 Deal/1.1 Financials/", "1 Deal/1.1 Financials/1.1.1 Budget.csv", "1 Deal/1.3 Legal/"],
            ignoreOrder: true);
        Encoding.UTF8.GetString(entries["1 Deal/1.4 Overview.txt"]).ShouldBe("the overview");
        Encoding.UTF8.GetString(entries["1 Deal/1.1 Financials/1.1.1 Budget.csv"]).ShouldBe("year,amount\n2024,200\n"); // the current version

        using var all = await manager.GetAsync($"/api/deal-rooms/{room.Id}/folders/{deal.Id}/zip");
        var everything = await EntriesAsync(all);
        everything.Keys.Where(k => !k.EndsWith('/')).ShouldBe(
            ["1 Deal/1.4 Overview.txt", "1 Deal/1.1 Financials/1.1.1 Budget.csv", "1 Deal/1.1 Financials/1.1.2 Plan.txt", "1 Deal/1.2 Secret/1.2.1 Hidden.txt",
                "1 Deal/1.3 Legal/1.3.1 NDA.txt"], ignoreOrder: true);
        Encoding.UTF8.GetString(everything["1 Deal/1.2 Secret/1.2.1 Hidden.txt"]).ShouldBe("hidden");

        (await member.GetAsync($"/api/deal-rooms/{room.Id}/folders/{secret.Id}/zip")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.Client(await App.ManagerAsync()).GetAsync($"/api/deal-rooms/{room.Id}/folders/{deal.Id}/zip")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await member.GetAsync($"/api/deal-rooms/{room.Id}/folders/{Guid.NewGuid()}/zip")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var audit = await AuditAsync(manager, room.Id);
        var folderDownloads = audit.Where(a => a.Action == "folder.downloaded").ToList();
        folderDownloads.Count.ShouldBe(2);
        var first = folderDownloads[0].Details;
        first.GetProperty("documents").EnumerateArray().Select(d => (d.GetProperty("id").GetGuid(), d.GetProperty("version").GetInt32()))
            .ShouldBe([(overview, 1), (budget, 2)], ignoreOrder: true);
        first.GetProperty("size").GetInt64().ShouldBe("the overview".Length + "year,amount\n2024,200\n".Length);
        var viaZip = audit.Where(a => a.Action == "document.downloaded" && a.Details.TryGetProperty("viaZip", out var flag) && flag.GetBoolean()).ToList();
        viaZip.Count.ShouldBe(2 + 5);
        viaZip.Take(2).Select(a => Guid.Parse(a.TargetId!)).ShouldBe([overview, budget], ignoreOrder: true);
        audit.ShouldNotContain(a => a.Action == "document.downloaded" && a.TargetId == nda.ToString() && a.ActorKind == "Member");
        (await manager.VerifyAuditAsync(room.Id)).GetProperty("valid").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_zip_uploaded_comes_back_from_the_folder_download_byte_for_byte()
    {
        var (manager, room, folder) = await RoomWithFolderAsync("Export");
        var binary = RandomNumberGenerator.GetBytes(200 * 1024);
        (await manager.UploadZipAsync(room.Id, folder.Id, Zip(("a/b/data.bin", binary), ("notes.txt", "notes"u8.ToArray())))).StatusCode
            .ShouldBe(HttpStatusCode.Created);

        using var response = await manager.GetAsync($"/api/deal-rooms/{room.Id}/folders/{folder.Id}/zip");
        var entries = await EntriesAsync(response);

        entries["1 Export/1.1 a/1.1.1 b/1.1.1.1 data.bin"].ShouldBe(binary);
        entries["1 Export/1.2 notes.txt"].ShouldBe("notes"u8.ToArray());
    }

    private async Task<(HttpClient Manager, RoomDto Room, FolderDto Folder)> RoomWithFolderAsync(string name = "Legal")
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        return (manager, room, await manager.CreateFolderAsync(room.Id, name));
    }

    private async Task NothingStoredAsync(int folders)
    {
        (await App.Database.CountAsync("dealrooms", "Documents")).ShouldBe(0);
        (await App.Database.CountAsync("dealrooms", "DocumentVersions")).ShouldBe(0);
        (await App.Database.CountAsync("dealrooms", "Folders")).ShouldBe(folders);
        BlobFiles().ShouldBeEmpty();
    }

    private IEnumerable<string> BlobFiles()
    {
        var root = Path.Combine(App.Database.DataDirectory, "blobs");
        return Directory.Exists(root) ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories) : [];
    }

    internal static byte[] Zip(params (string Name, byte[] Content)[] files)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }

    /// <summary>Sets the "encrypted" flag on every entry, in the local and the central headers.</summary>
    private static byte[] MarkEncrypted(byte[] zip)
    {
        var copy = zip.ToArray();
        for (var i = 0; i + 4 <= copy.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(copy.AsSpan(i));
            if (signature == 0x04034b50)
            {
                copy[i + 6] |= 1;
            }
            else if (signature == 0x02014b50)
            {
                copy[i + 8] |= 1;
            }
        }

        return copy;
    }

    private static async Task<Dictionary<string, byte[]>> EntriesAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadAsByteArrayAsync();
        using var zip = new ZipArchive(new MemoryStream(body), ZipArchiveMode.Read);
        var entries = new Dictionary<string, byte[]>();
        foreach (var entry in zip.Entries)
        {
            using var content = entry.Open();
            using var copy = new MemoryStream();
            content.CopyTo(copy);
            entries.Add(entry.FullName, copy.ToArray());
        }

        return entries;
    }

    private static async Task<List<AuditEntry>> AuditAsync(HttpClient manager, Guid roomId)
    {
        var page = await manager.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{roomId}/audit?pageSize=500");
        return page.GetProperty("items").EnumerateArray()
            .Select(r => new AuditEntry(r.GetProperty("action").GetString()!, r.GetProperty("targetId").GetString(), r.GetProperty("actorKind").GetString()!,
                JsonDocument.Parse(r.GetProperty("details").GetString()!).RootElement))
            .ToList();
    }

    private sealed record AuditEntry(string Action, string? TargetId, string ActorKind, JsonElement Details);
}

/// <summary>The host with a 1 MiB upload limit and at most five entries per zip.</summary>
public sealed class SmallZipsApp : SmartRoomApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [new("SmartRoom:Documents:MaxUploadBytes", "1048576"), new("SmartRoom:Documents:MaxZipEntries", "5")];
}

public sealed class ZipLimitTests(SmallZipsApp app) : IClassFixture<SmallZipsApp>
{
    private SmallZipsApp App { get; } = app;

    [Fact]
    public async Task More_entries_than_allowed_is_a_413_and_stores_nothing()
    {
        var (manager, room, folder) = await RoomWithFolderAsync();
        var files = Enumerable.Range(1, 6).Select(i => ($"f{i}.txt", Encoding.UTF8.GetBytes($"file {i}"))).ToArray();

        var response = await manager.UploadZipAsync(room.Id, folder.Id, ZipTests.Zip(files));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.CodeAsync()).ShouldBe("zip-too-large");
        (await App.Database.CountAsync("dealrooms", "Documents")).ShouldBe(0);
    }

    [Fact]
    public async Task Expanding_past_the_upload_limit_is_a_413_counted_on_the_bytes_not_the_headers()
    {
        var (manager, room, folder) = await RoomWithFolderAsync();
        // Hex text compresses about 2:1: each entry is harmless alone, the two together expand past 1 MiB.
        var zip = ZipTests.Zip(("a.txt", Encoding.ASCII.GetBytes(Convert.ToHexString(RandomNumberGenerator.GetBytes(350 * 1024)))),
            ("b.txt", Encoding.ASCII.GetBytes(Convert.ToHexString(RandomNumberGenerator.GetBytes(350 * 1024)))));
        zip.Length.ShouldBeLessThan(1024 * 1024);

        var response = await manager.UploadZipAsync(room.Id, folder.Id, zip);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.CodeAsync()).ShouldBe("zip-too-large");
        (await App.Database.CountAsync("dealrooms", "Documents")).ShouldBe(0);
        var blobs = Path.Combine(App.Database.DataDirectory, "blobs");
        (Directory.Exists(blobs) ? Directory.EnumerateFiles(blobs, "*", SearchOption.AllDirectories) : []).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_zip_over_the_upload_limit_is_a_413()
    {
        var (manager, room, folder) = await RoomWithFolderAsync();
        var zip = ZipTests.Zip(("random.bin", RandomNumberGenerator.GetBytes((1024 * 1024) + 10)));

        var response = await manager.UploadZipAsync(room.Id, folder.Id, zip);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await App.Database.CountAsync("dealrooms", "Documents")).ShouldBe(0);
    }

    private async Task<(HttpClient Manager, RoomDto Room, FolderDto Folder)> RoomWithFolderAsync()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        return (manager, room, await manager.CreateFolderAsync(room.Id, "Inbox"));
    }
}

internal static class ZipApi
{
    public static Task<HttpResponseMessage> UploadZipAsync(this HttpClient client, Guid roomId, Guid folderId, byte[] zip, string name = "upload.zip")
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(zip), "file", name);
        return client.PostAsync($"/api/deal-rooms/{roomId}/folders/{folderId}/zip", form);
    }
}
