using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using netDumbster.smtp;

/// <summary>
/// `dotnet run -c Release --project bench/SmartRoom.Bench -- conversations [messages]`: a room whose member has 1,000
/// conversations with its manager holding <c>messages</c> messages in all (default 100,000), written straight into the
/// host's SQLite file in batches, each subject and body sealed with the room's key exactly as the host seals them (the
/// key unwrapped with the master key the bench gave the host). Then, over HTTP with one client for 10 s each, p50/p99 of
/// listing the member's conversations (first page of 20, unread counts) and of reading the latest page (50) of a
/// conversation's messages, next to an anchor measured in the same run (<c>GET /health/live</c>).
/// </summary>
internal static partial class ConversationsBench
{
    private const int Conversations = 1_000;

    public static async Task RunAsync(HttpClient http, SimpleSmtpServer smtp, string adminEmail, string adminPassword, string data, byte[] masterKey,
        int messages)
    {
        var token = await LoginAsync(http, adminEmail, adminPassword);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var me = await http.GetFromJsonAsync<JsonElement>("/api/me");
        var managerId = me.GetProperty("id").GetGuid();
        (await http.PutAsJsonAsync($"/api/admin/users/{managerId}/roles", new { roles = new[] { "Admin", "Manager" } })).EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await LoginAsync(http, adminEmail, adminPassword));
        var roomId = (await PostAsync(http, "/api/deal-rooms", new { name = "Conversations bench" })).GetProperty("id").GetGuid();
        var groupId = (await PostAsync(http, $"/api/deal-rooms/{roomId}/groups", new { name = "Bidder A" })).GetProperty("id").GetGuid();
        var (member, memberId) = await MemberAsync(http, smtp, roomId, groupId);

        // The first conversation through the API (once Messaging has heard of the member); the rest written below.
        for (var attempt = 0; attempt < 200; attempt++)
        {
            using var started = await member.PostAsJsonAsync($"/api/deal-rooms/{roomId}/conversations", new { subject = "Conversation 0", body = "Message 0.0" });
            if (started.IsSuccessStatusCode)
            {
                break;
            }

            await Task.Delay(50);
        }

        var seeding = Stopwatch.StartNew();
        var seeded = await SeedAsync(Path.Combine(data, "smartroom.db"), masterKey, roomId, managerId, memberId, messages);
        Console.WriteLine($"seeded {Conversations:N0} conversations with {seeded:N0} messages (sealed) in {seeding.Elapsed.TotalSeconds:0} s");

        var list = await member.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{roomId}/conversations?pageSize=20");
        var busiest = list.GetProperty("items").EnumerateArray().First(i => i.GetProperty("messageCount").GetInt32() > 1);
        Console.WriteLine($"the member's list: {list.GetProperty("total").GetInt32():N0} conversations; the latest seeded has {busiest.GetProperty("messageCount").GetInt32()} " +
            $"messages, {busiest.GetProperty("unreadCount").GetInt32()} unread");

        using var anonymous = new HttpClient { BaseAddress = http.BaseAddress };
        await MeasureAsync("anchor: GET /health/live", anonymous, "/health/live");
        await MeasureAsync("GET conversations (member, page of 20, unread counts)", member, $"/api/deal-rooms/{roomId}/conversations?pageSize=20");
        await MeasureAsync("GET conversations (manager, page of 20, unread counts)", http, $"/api/deal-rooms/{roomId}/conversations?pageSize=20");
        var path = $"/api/deal-rooms/{roomId}/conversations/{busiest.GetProperty("id").GetGuid()}/messages?limit=50";
        await MeasureAsync("GET latest 50 messages (member)", member, path);
    }

    /// <summary>Conversations and messages written in batches of 5,000 rows, sealed with the room's key; returns the message count.</summary>
    private static async Task<int> SeedAsync(string database, byte[] masterKey, Guid roomId, Guid managerId, Guid memberId, int messages)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Default Timeout=60");
        await connection.OpenAsync();
        var roomText = await ScalarAsync<string>(connection, "SELECT RoomId FROM messaging_Conversations LIMIT 1");
        var upper = roomText.Any(char.IsUpper);
        string Id(Guid id) => upper ? id.ToString().ToUpperInvariant() : id.ToString();
        await using var keyCommand = connection.CreateCommand();
        keyCommand.CommandText = "SELECT Wrapped FROM messaging_RoomKeys WHERE RoomId = $room";
        keyCommand.Parameters.AddWithValue("$room", roomText);
        var roomKey = Open(masterKey, (byte[])(await keyCommand.ExecuteScalarAsync())!, Encoding.ASCII.GetBytes("SmartRoom.Messaging.RoomKey.v1"));

        var time = new DateTimeOffsetToBinaryConverter();
        long At(DateTimeOffset moment) => (long)time.ConvertToProvider(moment)!;
        var start = DateTimeOffset.UtcNow.AddDays(-30);
        var perConversation = Math.Max(1, messages / Conversations);
        var written = 0;
        var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var conversation = Command(connection, transaction,
            "INSERT INTO messaging_Conversations (Id, RoomId, StartedBy, SubjectSealed, CreatedAt, LastMessageAt, MessageCount) VALUES ($id, $room, $by, $subject, $at, $last, $count)");
        var participant = Command(connection, transaction,
            "INSERT INTO messaging_ConversationParticipants (ConversationId, UserId, RoomId, AddedAt, LastReadAt) VALUES ($conversation, $user, $room, $at, $read)");
        var message = Command(connection, transaction,
            "INSERT INTO messaging_Messages (Id, ConversationId, RoomId, SenderId, Number, BodySealed, BodySha256, CreatedAt) VALUES ($id, $conversation, $room, $sender, $number, $body, $sha, $at)");
        for (var c = 1; c <= Conversations; c++)
        {
            var conversationId = Guid.CreateVersion7();
            var opened = start.AddMinutes(c * 30);
            var last = opened.AddMinutes(perConversation - 1);
            Run(conversation, ("$id", Id(conversationId)), ("$room", roomText), ("$by", Id(memberId)),
                ("$subject", Seal(roomKey, conversationId, "subject", $"Conversation {c}")), ("$at", At(opened)), ("$last", At(last)), ("$count", perConversation));
            Run(participant, ("$conversation", Id(conversationId)), ("$user", Id(memberId)), ("$room", roomText), ("$at", At(opened)), ("$read", At(opened)));
            for (var n = 1; n <= perConversation; n++)
            {
                var messageId = Guid.CreateVersion7();
                var body = $"Message {c}.{n}: " + new string('x', 200);
                Run(message, ("$id", Id(messageId)), ("$conversation", Id(conversationId)), ("$room", roomText),
                    ("$sender", Id(n % 2 == 0 ? managerId : memberId)), ("$number", n), ("$body", Seal(roomKey, messageId, "body", body)),
                    ("$sha", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))), ("$at", At(opened.AddMinutes(n - 1))));
                if (++written % 5_000 == 0)
                {
                    await transaction.CommitAsync();
                    await transaction.DisposeAsync();
                    transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
                    conversation.Transaction = participant.Transaction = message.Transaction = transaction;
                }
            }
        }

        await transaction.CommitAsync();
        await transaction.DisposeAsync();
        return written + 1;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Run(SqliteCommand command, params (string Name, object Value)[] values)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }

    private static async Task<T> ScalarAsync<T>(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }

    // The host's format: nonce (12) ‖ ciphertext ‖ tag (16), AES-256-GCM, bound to "<item id:N>/<field>".
    private static byte[] Seal(byte[] key, Guid itemId, string field, string text)
    {
        var plaintext = Encoding.UTF8.GetBytes(text);
        var box = new byte[28 + plaintext.Length];
        RandomNumberGenerator.Fill(box.AsSpan(0, 12));
        using var aes = new AesGcm(key, 16);
        aes.Encrypt(box.AsSpan(0, 12), plaintext, box.AsSpan(12, plaintext.Length), box.AsSpan(12 + plaintext.Length),
            Encoding.ASCII.GetBytes($"{itemId:N}/{field}"));
        return box;
    }

    private static byte[] Open(byte[] key, byte[] box, byte[] associated)
    {
        var plaintext = new byte[box.Length - 28];
        using var aes = new AesGcm(key, 16);
        aes.Decrypt(box.AsSpan(0, 12), box.AsSpan(12, plaintext.Length), box.AsSpan(box.Length - 16), plaintext, associated);
        return plaintext;
    }

    private static async Task MeasureAsync(string what, HttpClient client, string path)
    {
        for (var i = 0; i < 20; i++)
        {
            (await client.GetAsync(path)).EnsureSuccessStatusCode();
        }

        var latencies = new List<double>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(path);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var sorted = latencies.Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {sorted.Length} requests (1 client), p50 {Percentile(sorted, 0.50):0.00} ms, p99 {Percentile(sorted, 0.99):0.00} ms"));
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static async Task<(HttpClient Client, Guid Id)> MemberAsync(HttpClient manager, SimpleSmtpServer smtp, Guid roomId, Guid groupId)
    {
        const string email = "member@bench.test";
        const string password = "slate otter compass whistles";
        var client = new HttpClient { BaseAddress = manager.BaseAddress };
        (await client.PostAsJsonAsync("/api/identity/register", new { email, password, displayName = "Bench Member" })).EnsureSuccessStatusCode();
        var confirmation = await MailAsync(smtp, email, "Confirm your SmartRoom account");
        (await client.GetAsync(new Uri(ConfirmLink().Match(confirmation).Value).PathAndQuery)).EnsureSuccessStatusCode();
        (await manager.PostAsJsonAsync($"/api/deal-rooms/{roomId}/invitations", new { email, role = "Viewer", groupId })).EnsureSuccessStatusCode();
        var invitation = await MailAsync(smtp, email, "invited you");
        var code = invitation.Split('\n').Select(l => l.Trim()).First(l => l.Length >= 40 && !l.Contains(' ', StringComparison.Ordinal));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await LoginAsync(client, email, password));
        (await client.PostAsJsonAsync("/api/invitations/accept", new { token = code })).EnsureSuccessStatusCode();
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        return (client, me.GetProperty("id").GetGuid());
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

        throw new TimeoutException($"No email '{subjectContains}' for {to}.");
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
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [GeneratedRegex(@"https?://\S+/api/identity/confirm-email\?\S+")]
    private static partial Regex ConfirmLink();
}
