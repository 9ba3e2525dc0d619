using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using netDumbster.smtp;

/// <summary>
/// `dotnet run -c Release --project bench/SmartRoom.Bench -- tree`: a room with 10,000 documents in 110 folders
/// and 50 groups with folder and document grants; then the tree endpoint for 15 s each as a manager (all of it),
/// as a member (their group's filtered view) and as "preview as" a group — requests per second and latency
/// percentiles with 4 concurrent clients.
/// </summary>
internal static partial class TreeBench
{
    private const int Documents = 10_000;
    private const int Groups = 50;
    private const int TopFolders = 10;
    private const int SubFolders = 10;

    public static async Task RunAsync(HttpClient http, SimpleSmtpServer smtp, string adminEmail, string adminPassword)
    {
        var token = await LoginAsync(http, adminEmail, adminPassword);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var me = await http.GetFromJsonAsync<JsonElement>("/api/me");
        (await http.PutAsJsonAsync($"/api/admin/users/{me.GetProperty("id").GetGuid()}/roles", new { roles = new[] { "Admin", "Manager" } })).EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await LoginAsync(http, adminEmail, adminPassword));
        var roomId = (await PostAsync(http, "/api/deal-rooms", new { name = "Tree bench" })).GetProperty("id").GetGuid();

        // 10 top folders with 10 subfolders each: 110 folders.
        var leaves = new List<Guid>();
        var tops = new List<Guid>();
        for (var t = 0; t < TopFolders; t++)
        {
            var top = (await PostAsync(http, $"/api/deal-rooms/{roomId}/folders", new { name = $"Area {t + 1}" })).GetProperty("id").GetGuid();
            tops.Add(top);
            for (var s = 0; s < SubFolders; s++)
            {
                leaves.Add((await PostAsync(http, $"/api/deal-rooms/{roomId}/folders", new { name = $"Topic {s + 1}", parentId = top })).GetProperty("id").GetGuid());
            }
        }

        // 10,000 small documents through the real upload path (encrypted, audited), 4 at a time.
        var seeding = Stopwatch.StartNew();
        var documents = new Guid[Documents];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < Documents)
            {
                var form = new MultipartFormDataContent { { new StringContent(leaves[i % leaves.Count].ToString()), "folderId" } };
                form.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"document {i} of the bench room")), "file", $"Document {i:00000}.txt");
                using var response = await http.PostAsync($"/api/deal-rooms/{roomId}/documents", form);
                response.EnsureSuccessStatusCode();
                documents[i] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            }
        }));
        Console.WriteLine($"seeded {Documents:N0} documents in {leaves.Count + tops.Count} folders in {seeding.Elapsed.TotalSeconds:0} s " +
            $"({Documents / seeding.Elapsed.TotalSeconds:0} uploads/s)");

        // 50 groups: each may download two areas, view a third, is shut out of one topic, and sees 20 single documents elsewhere.
        var groups = new List<Guid>();
        for (var g = 0; g < Groups; g++)
        {
            var group = (await PostAsync(http, $"/api/deal-rooms/{roomId}/groups", new { name = $"Bidder {g + 1}" })).GetProperty("id").GetGuid();
            groups.Add(group);
            await PutAsync(http, $"/api/deal-rooms/{roomId}/permissions", new { groupId = group, folderId = tops[g % TopFolders], level = "Download" });
            await PutAsync(http, $"/api/deal-rooms/{roomId}/permissions", new { groupId = group, folderId = tops[(g + 1) % TopFolders], level = "Download" });
            await PutAsync(http, $"/api/deal-rooms/{roomId}/permissions", new { groupId = group, folderId = tops[(g + 2) % TopFolders], level = "View" });
            await PutAsync(http, $"/api/deal-rooms/{roomId}/permissions", new { groupId = group, folderId = leaves[(g % TopFolders) * SubFolders], level = "None" });
            for (var d = 0; d < 20; d++)
            {
                await PutAsync(http, $"/api/deal-rooms/{roomId}/permissions", new { groupId = group, documentId = documents[(g * 197 + d * 31 + 5_000) % Documents], level = "View" });
            }
        }

        (await http.PostAsJsonAsync($"/api/deal-rooms/{roomId}/status", new { status = "Active" })).EnsureSuccessStatusCode();
        var member = await MemberAsync(http, smtp, roomId, groups[0]);
        var memberTree = await member.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{roomId}/tree");
        var managerTree = await http.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{roomId}/tree");
        Console.WriteLine($"manager's tree: {managerTree.GetProperty("folders").GetArrayLength()} folders, {managerTree.GetProperty("documents").GetArrayLength():N0} documents; " +
            $"a member's: {memberTree.GetProperty("folders").GetArrayLength()} folders, {memberTree.GetProperty("documents").GetArrayLength():N0} documents");

        await MeasureAsync("GET tree as a manager (everything)", http, $"/api/deal-rooms/{roomId}/tree");
        await MeasureAsync("GET tree as a member (group's view)", member, $"/api/deal-rooms/{roomId}/tree");
        await MeasureAsync("GET effective-access (preview as a group)", http, $"/api/deal-rooms/{roomId}/groups/{groups[7]}/effective-access");
    }

    private static async Task MeasureAsync(string what, HttpClient template, string path)
    {
        // Warm-up, then 4 clients for 15 s.
        for (var i = 0; i < 5; i++)
        {
            (await template.GetAsync(path)).EnsureSuccessStatusCode();
        }

        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        long bytes = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            using var client = new HttpClient { BaseAddress = template.BaseAddress };
            client.DefaultRequestHeaders.Authorization = template.DefaultRequestHeaders.Authorization;
            while (clock.Elapsed < TimeSpan.FromSeconds(15))
            {
                var started = Stopwatch.GetTimestamp();
                var body = await client.GetByteArrayAsync(path);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                Interlocked.Add(ref bytes, body.Length);
            }
        }));
        var sorted = latencies.Order().ToArray();
        Console.WriteLine($"{what}: {sorted.Length / clock.Elapsed.TotalSeconds:0.0} req/s, p50 {Percentile(sorted, 0.50):0.0} ms, " +
            $"p99 {Percentile(sorted, 0.99):0.0} ms, max {sorted[^1]:0.0} ms, {bytes / sorted.Length / 1024.0:0} KiB per answer");
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    /// <summary>Register, confirm by the emailed link, get invited into the group, accept: a real member.</summary>
    private static async Task<HttpClient> MemberAsync(HttpClient manager, SimpleSmtpServer smtp, Guid roomId, Guid groupId)
    {
        const string email = "member@bench.test";
        const string password = "slate otter compass whistles";
        var client = new HttpClient { BaseAddress = manager.BaseAddress };
        (await client.PostAsJsonAsync("/api/identity/register", new { email, password, displayName = "Bench Member" })).EnsureSuccessStatusCode();
        var confirmation = await MailAsync(smtp, email, "Confirm your SmartRoom account");
        (await client.GetAsync(new Uri(ConfirmLink().Match(confirmation).Value).PathAndQuery)).EnsureSuccessStatusCode();
        (await manager.PostAsJsonAsync($"/api/deal-rooms/{roomId}/invitations", new { email, role = "Viewer", groupId })).EnsureSuccessStatusCode();
        var invitation = await MailAsync(smtp, email, "invited you");
        var invitationToken = invitation.Split('\n').Select(l => l.Trim()).First(l => l.Length >= 40 && !l.Contains(' ', StringComparison.Ordinal));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await LoginAsync(client, email, password));
        (await client.PostAsJsonAsync("/api/invitations/accept", new { token = invitationToken })).EnsureSuccessStatusCode();
        return client;
    }

    private static async Task<string> MailAsync(SimpleSmtpServer smtp, string to, string subjectContains)
    {
        for (var i = 0; i < 400; i++)
        {
            var message = smtp.ReceivedEmail
                .Select(m => MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data))))
                .LastOrDefault(m => m.To.Mailboxes.Any(a => a.Address == to) && (m.Subject ?? "").Contains(subjectContains, StringComparison.Ordinal));
            if (message is not null)
            {
                return message.TextBody ?? "";
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No '{subjectContains}' email for {to}.");
    }

    private static async Task<string> LoginAsync(HttpClient http, string email, string password)
    {
        using var response = await http.PostAsJsonAsync("/api/identity/login", new { email, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string path, object body)
    {
        using var response = await http.PostAsJsonAsync(path, body);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task PutAsync(HttpClient http, string path, object body)
    {
        using var response = await http.PutAsJsonAsync(path, body);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    [GeneratedRegex(@"https?://\S+/api/identity/confirm-email\?\S+")]
    private static partial Regex ConfirmLink();
}
