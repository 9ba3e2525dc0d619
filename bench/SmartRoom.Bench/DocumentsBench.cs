using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;

/// <summary>
/// `dotnet run -c Release --project bench/SmartRoom.Bench -- documents`: a 1 GiB upload and download through
/// the API (encrypt/decrypt + SHA-256 + disk), next to a plain copy of the same file on the same disk, with
/// the host's peak resident memory (VmHWM) after each.
/// </summary>
internal static class DocumentsBench
{
    private const long Size = 1L << 30;

    public static async Task RunAsync(HttpClient http, int hostPid, string adminEmail, string adminPassword, string data)
    {
        var token = await LoginAsync(http, adminEmail, adminPassword);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var me = await http.GetFromJsonAsync<JsonElement>("/api/me");
        (await http.PutAsJsonAsync($"/api/admin/users/{me.GetProperty("id").GetGuid()}/roles", new { roles = new[] { "Admin", "Manager" } })).EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await LoginAsync(http, adminEmail, adminPassword));
        var room = await (await http.PostAsJsonAsync("/api/deal-rooms", new { name = "Bench" })).Content.ReadFromJsonAsync<JsonElement>();
        var roomId = room.GetProperty("id").GetGuid();
        var folder = await (await http.PostAsJsonAsync($"/api/deal-rooms/{roomId}/folders", new { name = "Data" })).Content.ReadFromJsonAsync<JsonElement>();

        var source = Path.Combine(data, "bench-source.bin");
        var expected = await WriteRandomAsync(source);
        Console.WriteLine($"host memory before: {PeakMiB(hostPid):0} MiB peak, {RssMiB(hostPid):0} MiB resident");

        var copy = Stopwatch.StartNew();
        File.Copy(source, Path.Combine(data, "bench-copy.bin"));
        using (var f = File.OpenWrite(Path.Combine(data, "bench-copy.bin")))
        {
            f.Flush(flushToDisk: true);
        }

        Report("plain file copy (same disk)", copy.Elapsed);
        File.Delete(Path.Combine(data, "bench-copy.bin"));

        using var client = new HttpClient { BaseAddress = http.BaseAddress, Timeout = TimeSpan.FromMinutes(10) };
        client.DefaultRequestHeaders.Authorization = http.DefaultRequestHeaders.Authorization;
        var upload = Stopwatch.StartNew();
        HttpResponseMessage uploaded;
        await using (var file = File.OpenRead(source))
        {
            var form = new MultipartFormDataContent { { new StringContent(folder.GetProperty("id").GetGuid().ToString()), "folderId" } };
            form.Add(new StreamContent(file, 1 << 20), "file", "one-gib.bin");
            uploaded = await client.PostAsync($"/api/deal-rooms/{roomId}/documents", form);
        }

        uploaded.EnsureSuccessStatusCode();
        Report("upload (API, encrypted at rest)", upload.Elapsed);
        Console.WriteLine($"  host peak resident memory so far: {PeakMiB(hostPid):0} MiB");
        var document = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        if (document.GetProperty("sha256").GetString() != expected)
        {
            throw new InvalidOperationException("Upload hash mismatch.");
        }

        var download = Stopwatch.StartNew();
        using (var response = await client.GetAsync($"/api/deal-rooms/{roomId}/documents/{document.GetProperty("id").GetGuid()}/content", HttpCompletionOption.ResponseHeadersRead))
        {
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync();
            var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(body));
            if (hash != expected)
            {
                throw new InvalidOperationException("Download hash mismatch.");
            }
        }

        Report("download (API, decrypted, hashed by the client)", download.Elapsed);
        Console.WriteLine($"  host peak resident memory: {PeakMiB(hostPid):0} MiB");
        File.Delete(source);
    }

    private static void Report(string what, TimeSpan elapsed) =>
        Console.WriteLine($"{what}: {Size / (1024.0 * 1024) / elapsed.TotalSeconds:0} MiB/s ({elapsed.TotalSeconds:0.0} s for 1 GiB)");

    private static async Task<string> LoginAsync(HttpClient http, string email, string password) =>
        (await (await http.PostAsJsonAsync("/api/identity/login", new { email, password })).Content.ReadFromJsonAsync<JsonElement>())
        .GetProperty("accessToken").GetString()!;

    private static async Task<string> WriteRandomAsync(string path)
    {
        var buffer = new byte[1 << 20];
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var file = File.Create(path);
        for (long written = 0; written < Size; written += buffer.Length)
        {
            RandomNumberGenerator.Fill(buffer);
            sha.AppendData(buffer);
            await file.WriteAsync(buffer);
        }

        file.Flush(flushToDisk: true);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static double PeakMiB(int pid) => Status(pid, "VmHWM:");

    private static double RssMiB(int pid) => Status(pid, "VmRSS:");

    private static double Status(int pid, string field) =>
        File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith(field, StringComparison.Ordinal))
            .Select(l => double.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024)
            .First();
}
