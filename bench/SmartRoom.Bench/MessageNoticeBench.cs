extern alias host;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using JasperFx.CommandLine;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using netDumbster.smtp;
using SmartRoom.Modules.Messaging.Contracts;
using Wolverine;

/// <summary>
/// `dotnet run -c Release --project bench/SmartRoom.Bench -- message-notices [count]`: time from a posted message to
/// its notice. The host runs in this process (Production settings, SQLite, Kestrel on loopback, static Wolverine code,
/// a local SMTP server); three recipients chose immediate email for messages. For each of <c>count</c> messages
/// (default 300), one at a time: the clock starts at <see cref="PostAsync"/>, and stops for each recipient when the
/// email is at the SMTP server and when the feed entry is committed (polled in the database every millisecond or so).
/// The anchor, measured in the same run before the host starts: a bare MailKit send of a similar email to the same
/// SMTP server, over one open connection, as the host's transport sends.
/// </summary>
internal static class MessageNoticeBench
{
    private const int Recipients = 3;
    private const int WarmUp = 20;

    public static async Task<int> RunAsync(int count)
    {
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; {count:N0} messages to {Recipients} recipients each");
        using var smtp = Configuration.Configure().WithAddress(IPAddress.Loopback).WithRandomPort().Build();
        var arrivals = new ConcurrentDictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        smtp.MessageReceived += (_, e) => arrivals[$"{e.Message.ToAddresses[0].Address}|{e.Message.Subject}"] = Stopwatch.GetTimestamp();

        var anchor = await BareSmtpAsync(smtp.Configuration.Port, count);
        Console.WriteLine($"anchor, bare SMTP send (MailKit, one open connection): p50 {Pct(anchor, 50):0.00} ms, p99 {Pct(anchor, 99):0.00} ms");
        smtp.ClearReceivedEmail();
        arrivals.Clear();

        var data = Directory.CreateTempSubdirectory("smartroom-message-notices").FullName;
        var database = Path.Combine(data, "smartroom.db");
        try
        {
            await using var app = new InProcessHost(data, smtp.Configuration.Port);
            app.UseKestrel(0);
            app.StartServer();
            var people = Enumerable.Range(0, Recipients)
                .Select(i => new Recipient(Guid.CreateVersion7(), $"reader{i}@bench.test", $"Reader {i}")).ToArray();
            await PreferImmediateAsync(database, people);

            var room = Guid.CreateVersion7();
            var conversation = Guid.CreateVersion7();
            var (email, feed, posted) = (new List<double>(), new List<double>(), new List<double>());
            await using var feedReader = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Default Timeout=30");
            await feedReader.OpenAsync();
            for (var i = 0; i < WarmUp + count; i++)
            {
                var message = new ConversationMessagePosted(Guid.CreateVersion7(), DateTimeOffset.UtcNow, room, "Bench Room", conversation,
                    Guid.CreateVersion7(), $"Sender {i.ToString(CultureInfo.InvariantCulture)}", StartedConversation: false, people);
                var subject = $"{message.SenderName} wrote a new message in the deal room \"Bench Room\"";
                var feedKeys = people.Select(p => $"{message.EventId:N}:{p.UserId:N}:conversation-message").ToArray();

                var started = Stopwatch.GetTimestamp();
                await PostAsync(app.Services, message);
                var returned = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                var (emailed, entered) = await WaitForNoticesAsync(arrivals, feedReader, people, subject, feedKeys);
                if (i < WarmUp)
                {
                    continue;
                }

                posted.Add(returned);
                email.AddRange(emailed.Select(at => Stopwatch.GetElapsedTime(started, at).TotalMilliseconds));
                feed.AddRange(entered.Select(at => Stopwatch.GetElapsedTime(started, at).TotalMilliseconds));
                if (smtp.ReceivedEmailCount > 500)
                {
                    smtp.ClearReceivedEmail(); // the arrival times above are all this needs
                }
            }

            Console.WriteLine($"publish returned: p50 {Pct(posted, 50):0.00} ms, p99 {Pct(posted, 99):0.00} ms");
            Console.WriteLine($"posted → feed entry committed: p50 {Pct(feed, 50):0.0} ms, p99 {Pct(feed, 99):0.0} ms ({feed.Count:N0} entries)");
            Console.WriteLine($"posted → email at the SMTP server: p50 {Pct(email, 50):0.0} ms, p99 {Pct(email, 99):0.0} ms ({email.Count:N0} emails)");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>
    /// The start of the measured path: today the event Messaging publishes when a message is posted, on the host's bus.
    /// Once the conversation endpoint exists, replace this with the HTTP post
    /// (<c>POST /api/deal-rooms/{roomId}/conversations/{conversationId}/messages</c>) by a participant.
    /// </summary>
    private static async Task PostAsync(IServiceProvider services, ConversationMessagePosted message)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMessageBus>().PublishAsync(message);
    }

    /// <summary>Waits until every recipient has the email at the SMTP server and the entry in the feed; when each arrived.</summary>
    private static async Task<(long[] Emailed, long[] Entered)> WaitForNoticesAsync(
        ConcurrentDictionary<string, long> arrivals, SqliteConnection feedReader, Recipient[] people, string subject, string[] feedKeys)
    {
        var entered = new long[people.Length];
        await using var query = feedReader.CreateCommand();
        query.CommandText = "SELECT DeduplicationKey FROM notifications_InAppNotifications WHERE DeduplicationKey IN ("
            + string.Join(", ", feedKeys.Select((_, i) => $"$k{i}")) + ")";
        for (var i = 0; i < feedKeys.Length; i++)
        {
            query.Parameters.AddWithValue($"$k{i}", feedKeys[i]);
        }

        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 60;
        while (true)
        {
            if (entered.Any(at => at == 0))
            {
                await using var reader = await query.ExecuteReaderAsync();
                var now = Stopwatch.GetTimestamp();
                while (await reader.ReadAsync())
                {
                    var index = Array.IndexOf(feedKeys, reader.GetString(0));
                    if (entered[index] == 0)
                    {
                        entered[index] = now;
                    }
                }
            }

            var emailed = people.Select(p => arrivals.GetValueOrDefault($"{p.Email}|{subject}")).ToArray();
            if (emailed.All(at => at != 0) && entered.All(at => at != 0))
            {
                return (emailed, entered);
            }

            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"The notices of \"{subject}\" did not all arrive within a minute.");
            }

            await Task.Delay(1);
        }
    }

    /// <summary>Each recipient chose immediate email for messages (the default is the daily summary), straight into the table.</summary>
    private static async Task PreferImmediateAsync(string database, Recipient[] people)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Default Timeout=30");
        await connection.OpenAsync();
        foreach (var person in people)
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO notifications_Preferences (UserId, Category, Mode, UpdatedAt) VALUES ($id, 'messages', 'Immediate', $now)";
            insert.Parameters.AddWithValue("$id", person.UserId.ToString().ToUpperInvariant());
            insert.Parameters.AddWithValue("$now", (DateTimeOffset.UtcNow.UtcTicks / 1000) << 11); // EF Core's binary DateTimeOffset on SQLite
            await insert.ExecuteNonQueryAsync();
        }
    }

    /// <summary>The anchor: <paramref name="count"/> emails of the same size, each timed, over one kept-open connection.</summary>
    private static async Task<List<double>> BareSmtpAsync(int port, int count)
    {
        var times = new List<double>(count);
        using var client = new SmtpClient();
        await client.ConnectAsync("127.0.0.1", port, SecureSocketOptions.None);
        for (var i = 0; i < WarmUp + count; i++)
        {
            var message = new MimeMessage { Subject = $"Sender {i} wrote a new message in the deal room \"Bench Room\"" };
            message.From.Add(MailboxAddress.Parse("notices@smartroom.local"));
            message.To.Add(MailboxAddress.Parse("reader@bench.test"));
            message.Body = new BodyBuilder { TextBody = new string('t', 600), HtmlBody = "<p>" + new string('h', 1200) + "</p>" }.ToMessageBody();
            var started = Stopwatch.GetTimestamp();
            await client.SendAsync(message);
            if (i >= WarmUp)
            {
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        await client.DisconnectAsync(true);
        return times;
    }

    private static double Pct(List<double> values, int p)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1)];
    }

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
    private sealed class InProcessHost(string data, int smtpPort) : WebApplicationFactory<host::Program>
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
                ["SmartRoom:Bootstrap:AdminEmail"] = "admin@bench.test",
                ["SmartRoom:Bootstrap:AdminPassword"] = "copper heron lantern drifting",
                ["SmartRoom:Jobs:RunServer"] = "false",
            })
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
