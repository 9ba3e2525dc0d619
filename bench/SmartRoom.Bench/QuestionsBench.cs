using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using netDumbster.smtp;
using SmartRoom.BuildingBlocks.Security;

/// <summary>
/// `dotnet run -c Release --project bench/SmartRoom.Bench -- questions`: a room with 5,000 questions spread over 10
/// groups (texts sealed with the room's Messaging key exactly as the host seals them, written straight into the
/// database in batches), then p50/p99 of listing a page of 50 questions as a manager (every group) and as a member
/// of one group (the visibility rule filters), each for 15 s with 4 clients, next to the anchor of the same run:
/// a bare authenticated endpoint (GET /api/me).
/// </summary>
internal static partial class QuestionsBench
{
    private const int Questions = 5_000;
    private const int Groups = 10;
    private static readonly byte[] RoomKeyContext = Encoding.ASCII.GetBytes("SmartRoom.Messaging.RoomKey.v1");

    public static async Task RunAsync(HttpClient http, SimpleSmtpServer smtp, string adminEmail, string adminPassword, string data, string masterKey)
    {
        var token = await LoginAsync(http, adminEmail, adminPassword);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var me = await http.GetFromJsonAsync<JsonElement>("/api/me");
        var managerId = me.GetProperty("id").GetGuid();
        (await http.PutAsJsonAsync($"/api/admin/users/{managerId}/roles", new { roles = new[] { "Admin", "Manager" } })).EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await LoginAsync(http, adminEmail, adminPassword));
        var roomId = (await PostAsync(http, "/api/deal-rooms", new { name = "Questions bench" })).GetProperty("id").GetGuid();
        var groups = new List<Guid>();
        for (var g = 0; g < Groups; g++)
        {
            groups.Add((await PostAsync(http, $"/api/deal-rooms/{roomId}/groups", new { name = $"Bidder {g + 1}" })).GetProperty("id").GetGuid());
        }

        var (member, memberId) = await MemberAsync(http, smtp, roomId, groups[0]);
        // Messaging's copy of the room (and its key) comes from DealRooms' events: wait until the member may read.
        for (var i = 0; (await member.GetAsync($"/api/deal-rooms/{roomId}/questions")).StatusCode != System.Net.HttpStatusCode.OK; i++)
        {
            if (i > 400)
            {
                throw new TimeoutException("Messaging never learnt of the member.");
            }

            await Task.Delay(50);
        }

        var seeding = Stopwatch.StartNew();
        await SeedAsync(Path.Combine(data, "smartroom.db"), Convert.FromBase64String(masterKey), roomId, groups, memberId);
        Console.WriteLine($"seeded {Questions:N0} questions (title and body sealed) over {Groups} groups in {seeding.Elapsed.TotalSeconds:0.0} s");

        var managerPage = await http.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{roomId}/questions?pageSize=50");
        var memberPage = await member.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{roomId}/questions?pageSize=50");
        Console.WriteLine($"manager sees {managerPage.GetProperty("total").GetInt32():N0} questions, the member {memberPage.GetProperty("total").GetInt32():N0}");

        await MeasureAsync("anchor: GET /api/me", http, "/api/me");
        await MeasureAsync("GET questions page of 50 as a manager", http, $"/api/deal-rooms/{roomId}/questions?pageSize=50");
        await MeasureAsync("GET questions page of 50 as a group member", member, $"/api/deal-rooms/{roomId}/questions?pageSize=50");
        await MeasureAsync("GET questions page 40 of 50 as a manager", http, $"/api/deal-rooms/{roomId}/questions?pageSize=50&page=40");
        await MeasureAsync("GET overdue questions as a manager", http, $"/api/deal-rooms/{roomId}/questions?pageSize=50&overdue=true");
    }

    /// <summary>Questions as the host writes them on SQLite: GUIDs upper-case text, instants DateTimeOffsetToBinaryConverter's integers.</summary>
    private static async Task SeedAsync(string database, byte[] masterKey, Guid roomId, List<Guid> groups, Guid askerInFirstGroup)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Default Timeout=60");
        await connection.OpenAsync();
        byte[] wrapped;
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT Wrapped FROM messaging_RoomKeys WHERE RoomId = $room";
            read.Parameters.AddWithValue("$room", roomId.ToString().ToUpperInvariant());
            wrapped = (byte[])(await read.ExecuteScalarAsync())!;
        }

        var roomKey = AesGcmBox.Open(masterKey, wrapped, RoomKeyContext);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO messaging_Questions (Id, RoomId, Number, AskedBy, AskerGroupId, TitleSealed, BodySealed, Category, Priority, Status, " +
                             "DueAt, CreatedAt, UpdatedAt, FaqScope, Version) VALUES ($id, $room, $number, $asker, $group, $title, $body, 'General', 'Normal', $status, $due, $at, $at, 'None', 1)";
        var p = new (string Name, SqliteType Type)[]
            {
                ("$id", SqliteType.Text), ("$room", SqliteType.Text), ("$number", SqliteType.Integer), ("$asker", SqliteType.Text), ("$group", SqliteType.Text),
                ("$title", SqliteType.Blob), ("$body", SqliteType.Blob), ("$status", SqliteType.Text), ("$due", SqliteType.Integer), ("$at", SqliteType.Integer),
            }
            .ToDictionary(x => x.Name, x => insert.Parameters.Add(x.Name, x.Type));
        await insert.PrepareAsync();
        var now = DateTimeOffset.UtcNow;
        string[] statuses = ["Open", "Assigned", "Drafted", "Declined"];
        for (var i = 0; i < Questions; i++)
        {
            var id = Guid.CreateVersion7();
            var at = now.AddMinutes(i - Questions);
            p["$id"].Value = id.ToString().ToUpperInvariant();
            p["$room"].Value = roomId.ToString().ToUpperInvariant();
            p["$number"].Value = i + 1;
            p["$asker"].Value = (i % Groups == 0 ? askerInFirstGroup : Guid.NewGuid()).ToString().ToUpperInvariant();
            p["$group"].Value = groups[i % Groups].ToString().ToUpperInvariant();
            p["$title"].Value = Seal(roomKey, id, "title", $"Question {i + 1}: customer churn by quarter?");
            p["$body"].Value = Seal(roomKey, id, "body", $"Please share churn by quarter and region for 2023–2025 (question {i + 1}).");
            p["$status"].Value = statuses[i % statuses.Length];
            p["$due"].Value = Binary(at.AddDays(2));
            p["$at"].Value = Binary(at);
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static long Binary(DateTimeOffset at) => ((at.UtcTicks / 1000) << 11) | ((long)at.Offset.TotalMinutes & 0x07FF);

    /// <summary>As the host's SealedText: AES-256-GCM under the room key, bound to "{item id:N}/{field}".</summary>
    private static byte[] Seal(byte[] roomKey, Guid itemId, string field, string text) =>
        AesGcmBox.Seal(roomKey, Encoding.UTF8.GetBytes(text), Encoding.ASCII.GetBytes($"{itemId:N}/{field}"));

    private static async Task MeasureAsync(string what, HttpClient template, string path)
    {
        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            using var client = new HttpClient { BaseAddress = template.BaseAddress };
            client.DefaultRequestHeaders.Authorization = template.DefaultRequestHeaders.Authorization;
            while (clock.Elapsed < TimeSpan.FromSeconds(15))
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(path);
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }));
        var sorted = latencies.Order().ToArray();
        Console.WriteLine($"{what}: {sorted.Length / clock.Elapsed.TotalSeconds:0.0} req/s, p50 {Percentile(sorted, 0.50):0.0} ms, " +
            $"p99 {Percentile(sorted, 0.99):0.0} ms, max {sorted[^1]:0.0} ms");
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    /// <summary>Register, confirm by the emailed link, get invited into the group, accept: a real member.</summary>
    private static async Task<(HttpClient Client, Guid Id)> MemberAsync(HttpClient manager, SimpleSmtpServer smtp, Guid roomId, Guid groupId)
    {
        const string email = "asker@bench.test";
        const string password = "slate otter compass whistles";
        var client = new HttpClient { BaseAddress = manager.BaseAddress };
        (await client.PostAsJsonAsync("/api/identity/register", new { email, password, displayName = "Bench Asker" })).EnsureSuccessStatusCode();
        var confirmation = await MailAsync(smtp, email, "Confirm your SmartRoom account");
        (await client.GetAsync(new Uri(ConfirmLink().Match(confirmation).Value).PathAndQuery)).EnsureSuccessStatusCode();
        (await manager.PostAsJsonAsync($"/api/deal-rooms/{roomId}/invitations", new { email, role = "Viewer", groupId })).EnsureSuccessStatusCode();
        var invitation = await MailAsync(smtp, email, "invited you");
        var invitationToken = invitation.Split('\n').Select(l => l.Trim()).First(l => l.Length >= 40 && !l.Contains(' ', StringComparison.Ordinal));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await LoginAsync(client, email, password));
        (await client.PostAsJsonAsync("/api/invitations/accept", new { token = invitationToken })).EnsureSuccessStatusCode();
        return (client, (await client.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid());
    }

    private static async Task<string> MailAsync(SimpleSmtpServer smtp, string to, string subjectContains)
    {
        for (var i = 0; i < 400; i++)
        {
            var message = smtp.ReceivedEmail
                .Select(m => MimeKit.MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data))))
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

    [GeneratedRegex(@"https?://\S+/api/identity/confirm-email\?\S+")]
    private static partial Regex ConfirmLink();
}
