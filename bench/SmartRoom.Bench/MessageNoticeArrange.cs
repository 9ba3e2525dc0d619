extern alias host;

using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using netDumbster.smtp;

/// <summary>
/// The message-notice bench's room, arranged through the host's HTTP API only: the first admin takes the Manager role,
/// creates a room, a group, and makes the room Active; three members register, confirm, accept their invitations
/// (codes read from the emails at the bench's SMTP server); all four choose immediate email for <c>messages</c>; one
/// member starts a conversation with the managers, naming the other two (retried until Messaging's copy of the
/// membership knows them all). And the host itself, run in the bench's process (<see cref="InProcessHost"/>).
/// </summary>
internal static partial class MessageNoticeArrange
{
    private const string AdminEmail = "admin@bench.test";
    private const string AdminPassword = "copper heron lantern drifting";

    internal sealed record Participant(HttpClient Client, Guid Id, string Email);

    internal sealed record Arranged(Guid RoomId, Guid ConversationId, Participant[] Participants);

    public static async Task<Arranged> ArrangeAsync(Uri baseAddress, SimpleSmtpServer smtp)
    {
        var manager = new HttpClient { BaseAddress = baseAddress };
        manager.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await LoginAsync(manager, AdminEmail, AdminPassword));
        var managerId = (await manager.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid();
        (await manager.PutAsJsonAsync($"/api/admin/users/{managerId}/roles", new { roles = new[] { "Admin", "Manager" } })).EnsureSuccessStatusCode();
        manager.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await LoginAsync(manager, AdminEmail, AdminPassword));
        var roomId = (await PostAsync(manager, "/api/deal-rooms", new { name = "Bench Room", description = "Message notices" })).GetProperty("id").GetGuid();
        var groupId = (await PostAsync(manager, $"/api/deal-rooms/{roomId}/groups", new { name = "Bidder A" })).GetProperty("id").GetGuid();
        await PostAsync(manager, $"/api/deal-rooms/{roomId}/status", new { status = "Active" });

        var participants = new List<Participant> { new(manager, managerId, AdminEmail) };
        for (var i = 0; i < 3; i++)
        {
            participants.Add(await MemberAsync(manager, smtp, roomId, groupId, i));
        }

        foreach (var participant in participants)
        {
            (await participant.Client.PutAsJsonAsync("/api/me/notification-preferences",
                new { categories = new[] { new { category = "messages", mode = "Immediate" } } })).EnsureSuccessStatusCode();
        }

        var starter = participants[1];
        var named = participants.Skip(2).Select(p => p.Id).ToArray();
        for (var attempt = 0; ; attempt++)
        {
            using var started = await starter.Client.PostAsJsonAsync($"/api/deal-rooms/{roomId}/conversations",
                new { subject = "Working capital", body = "How is the peg computed?", participantIds = named });
            if (started.IsSuccessStatusCode)
            {
                var conversationId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
                return new Arranged(roomId, conversationId, [.. participants]);
            }

            if (attempt == 400)
            {
                throw new InvalidOperationException($"The conversation could not be started: {(int)started.StatusCode} {await started.Content.ReadAsStringAsync()}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Registers, confirms the email, is invited into the group and accepts; signed in.</summary>
    private static async Task<Participant> MemberAsync(HttpClient manager, SimpleSmtpServer smtp, Guid roomId, Guid groupId, int n)
    {
        var email = $"reader{n}@bench.test";
        const string password = "slate otter compass whistles";
        var client = new HttpClient { BaseAddress = manager.BaseAddress };
        (await client.PostAsJsonAsync("/api/identity/register", new { email, password, displayName = $"Reader {n}" })).EnsureSuccessStatusCode();
        var confirmation = await MailAsync(smtp, email, "Confirm your SmartRoom account");
        (await client.GetAsync(new Uri(ConfirmLink().Match(confirmation).Value).PathAndQuery)).EnsureSuccessStatusCode();
        (await manager.PostAsJsonAsync($"/api/deal-rooms/{roomId}/invitations", new { email, role = "Viewer", groupId })).EnsureSuccessStatusCode();
        var invitation = await MailAsync(smtp, email, "invited you");
        var code = invitation.Split('\n').Select(l => l.Trim()).First(l => l.Length >= 40 && !l.Contains(' ', StringComparison.Ordinal));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await LoginAsync(client, email, password));
        (await client.PostAsJsonAsync("/api/invitations/accept", new { token = code })).EnsureSuccessStatusCode();
        var id = (await client.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid();
        return new Participant(client, id, email);
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
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [GeneratedRegex(@"https?://\S+/api/identity/confirm-email\?\S+")]
    private static partial Regex ConfirmLink();

    private static string HostProjectDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SmartRoom.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Run from inside the repository."), "Host", "SmartRoom.Host");
    }

    /// <summary>The real host, in this process, with the settings an operator would give it.</summary>
    internal sealed class InProcessHost(string data, int smtpPort) : WebApplicationFactory<host::Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            JasperFxEnvironment.AutoStartHost = true;
            builder.UseEnvironment("Production");
            builder.UseContentRoot(HostProjectDirectory());
            foreach (var (key, value) in new Dictionary<string, string>
            {
                ["Logging:LogLevel:Default"] = "Warning",
                ["SmartRoom:RequireHttps"] = "false",
                ["SmartRoom:DataDirectory"] = data,
                ["SmartRoom:Encryption:MasterKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
                ["SmartRoom:Email:Smtp:Host"] = "127.0.0.1",
                ["SmartRoom:Email:Smtp:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
                ["SmartRoom:Email:Smtp:Security"] = "None",
                ["SmartRoom:Bootstrap:AdminEmail"] = AdminEmail,
                ["SmartRoom:Bootstrap:AdminPassword"] = AdminPassword,
                ["SmartRoom:Jobs:RunServer"] = "false",
                ["SmartRoom:RateLimits:sign-in:PermitLimit"] = "1000",
                ["SmartRoom:RateLimits:registration:PermitLimit"] = "1000",
            })
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
