using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.DealRooms;

public sealed class DocumentTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task A_100_MiB_upload_comes_back_byte_identical_encrypted_at_rest_with_ranges()
    {
        var (manager, room, folder) = await RoomWithFolderAsync();
        var path = Path.Combine(App.Database.DataDirectory, "upload.bin");
        var expectedHash = await WriteRandomFileAsync(path, 100L * 1024 * 1024);

        HttpResponseMessage uploaded;
        await using (var file = File.OpenRead(path))
        {
            uploaded = await manager.PostAsync($"/api/deal-rooms/{room.Id}/documents", Multipart(folder.Id, new StreamContent(file), "data room export.bin"));
        }

        uploaded.StatusCode.ShouldBe(HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
        var document = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        document.GetProperty("sha256").GetString().ShouldBe(expectedHash);
        document.GetProperty("size").GetInt64().ShouldBe(100L * 1024 * 1024);
        document.GetProperty("version").GetInt32().ShouldBe(1);
        document.GetProperty("index").GetString().ShouldBe("1.1");
        var id = document.GetProperty("id").GetGuid();

        using var download = await manager.GetAsync($"/api/deal-rooms/{room.Id}/documents/{id}/content", HttpCompletionOption.ResponseHeadersRead);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Headers.ETag!.Tag.ShouldBe($"\"{expectedHash}\"");
        download.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("data room export.bin");
        await using (var body = await download.Content.ReadAsStreamAsync())
        {
            Convert.ToHexStringLower(await SHA256.HashDataAsync(body)).ShouldBe(expectedHash);
        }

        var ranged = new HttpRequestMessage(HttpMethod.Get, $"/api/deal-rooms/{room.Id}/documents/{id}/content");
        ranged.Headers.Range = new RangeHeaderValue(65_530, 65_545); // across a chunk boundary
        using var part = await manager.SendAsync(ranged);
        part.StatusCode.ShouldBe(HttpStatusCode.PartialContent);
        var expected = new byte[16];
        await using (var original = File.OpenRead(path))
        {
            original.Seek(65_530, SeekOrigin.Begin);
            await original.ReadExactlyAsync(expected);
        }

        (await part.Content.ReadAsByteArrayAsync()).ShouldBe(expected);

        // The blob on disk is ciphertext: the file's first bytes appear nowhere in it.
        var blob = Directory.EnumerateFiles(Path.Combine(App.Database.DataDirectory, "blobs"), "*", SearchOption.AllDirectories)
            .Single(f => Path.GetFileName(Path.GetDirectoryName(f)) != "tmp");
        var head = new byte[64];
        await using (var original = File.OpenRead(path))
        {
            await original.ReadExactlyAsync(head);
        }

        (await File.ReadAllBytesAsync(blob)).AsSpan().IndexOf(head).ShouldBe(-1);
        File.Delete(path);
    }

    [Fact]
    public async Task An_aborted_upload_leaves_no_blob_and_no_row()
    {
        var (manager, room, folder) = await RoomWithFolderAsync();

        await Should.ThrowAsync<Exception>(async () =>
            await manager.PostAsync($"/api/deal-rooms/{room.Id}/documents", Multipart(folder.Id, new StreamContent(new FailingStream(5 * 1024 * 1024)), "half.bin")));

        (await App.Database.CountAsync("dealrooms", "Documents")).ShouldBe(0);
        (await App.Database.CountAsync("dealrooms", "DocumentVersions")).ShouldBe(0);
        BlobFiles().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("../../etc/passwd", "%PDF-1.7 fine", HttpStatusCode.BadRequest)]
    [InlineData("evil\u0007name.txt", "text", HttpStatusCode.BadRequest)]
    [InlineData("setup.exe", "MZ\u0090\u0000 program", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("empty.txt", "", HttpStatusCode.BadRequest)]
    public async Task Bad_uploads_are_refused_and_store_nothing(string name, string content, HttpStatusCode expected)
    {
        var (manager, room, folder) = await RoomWithFolderAsync();

        var response = await manager.PostAsync($"/api/deal-rooms/{room.Id}/documents",
            Multipart(folder.Id, new ByteArrayContent(Encoding.Latin1.GetBytes(content)), name));

        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        await response.ProblemAsync();
        (await App.Database.CountAsync("dealrooms", "Documents")).ShouldBe(0);
        BlobFiles().ShouldBeEmpty();
    }

    [Fact]
    public async Task The_type_comes_from_the_bytes_and_a_duplicate_name_is_a_conflict()
    {
        var (manager, room, folder) = await RoomWithFolderAsync();
        var pdf = new ByteArrayContent("%PDF-1.7\n1 0 obj\n"u8.ToArray());
        pdf.Headers.ContentType = new MediaTypeHeaderValue("image/png"); // the client's claim is ignored

        var first = await manager.PostAsync($"/api/deal-rooms/{room.Id}/documents", Multipart(folder.Id, pdf, "SPA.pdf"));
        (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("contentType").GetString().ShouldBe("application/pdf");

        var again = await manager.PostAsync($"/api/deal-rooms/{room.Id}/documents",
            Multipart(folder.Id, new ByteArrayContent("%PDF-1.7\n"u8.ToArray()), "spa.PDF"));
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Outsiders_get_404_for_documents_and_every_upload_and_download_is_audited()
    {
        var (manager, room, folder) = await RoomWithFolderAsync();
        var uploaded = await manager.PostAsync($"/api/deal-rooms/{room.Id}/documents",
            Multipart(folder.Id, new ByteArrayContent("quarterly numbers"u8.ToArray()), "q3.txt"));
        var id = (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var outsider = App.Client(await App.ManagerAsync());

        (await outsider.GetAsync($"/api/deal-rooms/{room.Id}/documents/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.GetAsync($"/api/deal-rooms/{room.Id}/documents/{id}/content")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await manager.GetStringAsync($"/api/deal-rooms/{room.Id}/documents/{id}/content")).ShouldBe("quarterly numbers");

        var actions = (await manager.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{room.Id}/audit")).GetProperty("items").EnumerateArray()
            .Select(r => r.GetProperty("action").GetString()).ToList();
        actions.ShouldContain("document.uploaded");
        actions.ShouldContain("document.downloaded");
        (await manager.VerifyAuditAsync(room.Id)).GetProperty("valid").GetBoolean().ShouldBeTrue();
    }

    private async Task<(HttpClient Manager, RoomDto Room, FolderDto Folder)> RoomWithFolderAsync()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        return (manager, room, await manager.CreateFolderAsync(room.Id, "Legal"));
    }

    internal static MultipartFormDataContent Multipart(Guid folderId, HttpContent file, string fileName)
    {
        var form = new MultipartFormDataContent { { new StringContent(folderId.ToString()), "folderId" } };
        form.Add(file, "file", fileName);
        return form;
    }

    private IEnumerable<string> BlobFiles()
    {
        var root = Path.Combine(App.Database.DataDirectory, "blobs");
        return Directory.Exists(root) ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories) : [];
    }

    private static async Task<string> WriteRandomFileAsync(string path, long size)
    {
        var random = new Random(42);
        var buffer = new byte[1 << 20];
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var file = File.Create(path);
        for (long written = 0; written < size; written += buffer.Length)
        {
            random.NextBytes(buffer);
            sha.AppendData(buffer);
            await file.WriteAsync(buffer);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>A body that breaks off part-way, as a dropped connection does.</summary>
    private sealed class FailingStream(long failAfter) : Stream
    {
        private long _served;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_served >= failAfter)
            {
                throw new IOException("The connection was lost.");
            }

            var n = (int)Math.Min(count, failAfter - _served);
            Array.Fill(buffer, (byte)'x', offset, n);
            _served += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

/// <summary>The host with a 1 MiB upload limit.</summary>
public sealed class SmallUploadsApp : SmartRoomApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("SmartRoom:Documents:MaxUploadBytes", "1048576")];
}

public sealed class UploadLimitTests(SmallUploadsApp app) : IClassFixture<SmallUploadsApp>
{
    [Fact]
    public async Task An_upload_over_the_limit_is_a_413_and_stores_nothing()
    {
        var (manager, room) = await app.ManagerWithRoomAsync();
        var folder = await manager.CreateFolderAsync(room.Id, "Legal");

        var response = await manager.PostAsync($"/api/deal-rooms/{room.Id}/documents",
            DocumentTests.Multipart(folder.Id, new ByteArrayContent(new byte[(1024 * 1024) + 1]), "big.bin"));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        await response.ProblemAsync();
        (await app.Database.CountAsync("dealrooms", "Documents")).ShouldBe(0);
    }
}
