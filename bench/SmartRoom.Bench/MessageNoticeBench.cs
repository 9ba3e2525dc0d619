using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using netDumbster.smtp;
using Participant = MessageNoticeArrange.Participant;

/// <summary>
/// `dotnet run -c Release --project bench/SmartRoom.Bench -- message-notices [count]`: time from a posted message to
/// its notice. The host runs in this process (Production settings, SQLite, Kestrel on loopback, static Wolverine code,
/// a local SMTP server). Arranged over HTTP (<see cref="MessageNoticeArrange"/>): a manager, an Active room, three
/// members of one group in a conversation with the managers, all four having chosen immediate email for messages.
/// For each of <c>count</c> messages (default 300), one at a time, the participants taking turns: the clock starts
/// when the sender's <c>POST /api/deal-rooms/{roomId}/conversations/{conversationId}/messages</c> is sent over HTTP,
/// and stops for each of the three other participants when the email is at the SMTP server and when the feed entry is
/// committed (polled in the database every millisecond or so). The anchor, measured in the same run before the host
/// starts: a bare MailKit send of a similar email to the same SMTP server, over one open connection, as the host's
/// transport sends.
/// </summary>
internal static class MessageNoticeBench
{
    private const int WarmUp = 20;
    private const string Wrote = "wrote";
    private const string Started = "started";

    public static async Task<int> RunAsync(int count)
    {
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; {count:N0} messages to 3 recipients each");
        using var smtp = Configuration.Configure().WithAddress(IPAddress.Loopback).WithRandomPort().Build();
        var arrivals = new ConcurrentDictionary<string, ConcurrentQueue<long>>(StringComparer.OrdinalIgnoreCase);
        smtp.MessageReceived += (_, e) =>
        {
            var at = Stopwatch.GetTimestamp();
            var subject = e.Message.Subject ?? "";
            var kind = subject.Contains(" wrote a new message in ", StringComparison.Ordinal) ? Wrote
                : subject.Contains(" started a conversation with you in ", StringComparison.Ordinal) ? Started : null;
            if (kind is not null)
            {
                arrivals.GetOrAdd($"{e.Message.ToAddresses[0].Address}|{kind}", _ => new ConcurrentQueue<long>()).Enqueue(at);
            }
        };

        var anchor = await BareSmtpAsync(smtp.Configuration.Port, count);
        Console.WriteLine($"anchor, bare SMTP send (MailKit, one open connection): p50 {Pct(anchor, 50):0.00} ms, p99 {Pct(anchor, 99):0.00} ms");
        smtp.ClearReceivedEmail();
        arrivals.Clear();

        var data = Directory.CreateTempSubdirectory("smartroom-message-notices").FullName;
        var database = Path.Combine(data, "smartroom.db");
        try
        {
            await using var app = new MessageNoticeArrange.InProcessHost(data, smtp.Configuration.Port);
            app.UseKestrel(0);
            app.StartServer();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var room = await MessageNoticeArrange.ArrangeAsync(new Uri(address), smtp);
            var people = room.Participants;
            var path = $"/api/deal-rooms/{room.RoomId}/conversations/{room.ConversationId}/messages";
            await using var feedReader = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Default Timeout=30");
            await feedReader.OpenAsync();

            // The notices of the conversation's first message (the first of their kind, possibly in already), before anything is measured.
            var feed = new FeedWatch(feedReader);
            var first = people.Where(p => p != people[1]).ToArray();
            await WaitForNoticesAsync(arrivals, Started, first, new int[first.Length], feed);

            var (email, entered, posted) = (new List<double>(), new List<double>(), new List<double>());
            for (var i = 0; i < WarmUp + count; i++)
            {
                var sender = people[i % people.Length];
                var recipients = people.Where(p => p != sender).ToArray();
                using var content = new StringContent(JsonSerializer.Serialize(new { body = $"Message {i.ToString(CultureInfo.InvariantCulture)}: " + new string('x', 200) }),
                    Encoding.UTF8, "application/json");

                var before = Counts(arrivals, Wrote, recipients);
                var started = Stopwatch.GetTimestamp();
                var notices = Task.Run(() => WaitForNoticesAsync(arrivals, Wrote, recipients, before, feed)); // polls while the POST runs
                using var response = await sender.Client.PostAsync(path, content);
                var returned = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }

                var (emailed, committed) = await notices;
                if (i < WarmUp)
                {
                    continue;
                }

                posted.Add(returned);
                email.AddRange(emailed.Select(at => Stopwatch.GetElapsedTime(started, at).TotalMilliseconds));
                entered.AddRange(committed.Select(at => Stopwatch.GetElapsedTime(started, at).TotalMilliseconds));
                if (smtp.ReceivedEmailCount > 500)
                {
                    smtp.ClearReceivedEmail(); // the arrival times above are all this needs
                }
            }

            await EnsureNothingElseAsync(arrivals, people, WarmUp + count, feed);
            Console.WriteLine($"POST …/messages answered 201: p50 {Pct(posted, 50):0.00} ms, p99 {Pct(posted, 99):0.00} ms");
            Console.WriteLine($"posted → feed entry committed: p50 {Pct(entered, 50):0.0} ms, p99 {Pct(entered, 99):0.0} ms ({entered.Count:N0} entries)");
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
    /// Waits until each recipient has one more email of <paramref name="kind"/> than <paramref name="before"/> at the SMTP
    /// server, and one new feed entry (each posted message has its own event: every new entry must be of one event and
    /// for one of the recipients); when each arrived.
    /// </summary>
    private static async Task<(long[] Emailed, long[] Entered)> WaitForNoticesAsync(
        ConcurrentDictionary<string, ConcurrentQueue<long>> arrivals, string kind, Participant[] recipients, int[] before, FeedWatch feed)
    {
        var entered = new long[recipients.Length];
        var users = recipients.Select(r => r.Id.ToString("N")).ToArray();
        string? eventId = null;
        await using var query = feed.Reader.CreateCommand();
        query.CommandText = "SELECT rowid, DeduplicationKey FROM notifications_InAppNotifications WHERE rowid > $last "
            + "AND DeduplicationKey LIKE '%:conversation-message' ORDER BY rowid";
        var last = query.Parameters.Add("$last", SqliteType.Integer);
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 60;
        while (true)
        {
            if (entered.Any(at => at == 0))
            {
                last.Value = feed.Last;
                await using var reader = await query.ExecuteReaderAsync();
                var now = Stopwatch.GetTimestamp();
                while (await reader.ReadAsync())
                {
                    var key = reader.GetString(1);
                    var parts = key.Split(':');
                    var index = Array.IndexOf(users, parts[1]);
                    if (index < 0 || entered[index] != 0 || (eventId ??= parts[0]) != parts[0])
                    {
                        throw new InvalidOperationException($"A feed entry nobody expected: {key}");
                    }

                    entered[index] = now;
                    feed.Last = reader.GetInt64(0);
                }
            }

            var emailed = recipients.Select((r, k) => arrivals.TryGetValue($"{r.Email}|{kind}", out var queue) ? queue.ElementAtOrDefault(before[k]) : 0).ToArray();
            if (emailed.All(at => at != 0) && entered.All(at => at != 0))
            {
                return (emailed, entered);
            }

            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"The notices ({kind}) did not all arrive within a minute: emails to "
                    + $"{string.Join(", ", recipients.Where((_, k) => emailed[k] != 0).Select(r => r.Email))}, "
                    + $"feed entries for {string.Join(", ", recipients.Where((_, k) => entered[k] != 0).Select(r => r.Email))}.");
            }

            await Task.Delay(1);
        }
    }

    private static int[] Counts(ConcurrentDictionary<string, ConcurrentQueue<long>> arrivals, string kind, Participant[] recipients) =>
        recipients.Select(r => arrivals.TryGetValue($"{r.Email}|{kind}", out var queue) ? queue.Count : 0).ToArray();

    /// <summary>A second later: each participant had one email per message of the others, and no feed entry came late.</summary>
    private static async Task EnsureNothingElseAsync(
        ConcurrentDictionary<string, ConcurrentQueue<long>> arrivals, Participant[] people, int messages, FeedWatch feed)
    {
        await Task.Delay(1000);
        var expected = people.Select((_, j) => Enumerable.Range(0, messages).Count(i => i % people.Length != j)).ToArray();
        var actual = Counts(arrivals, Wrote, people);
        await using var query = feed.Reader.CreateCommand();
        query.CommandText = "SELECT COUNT(*) FROM notifications_InAppNotifications WHERE rowid > $last AND DeduplicationKey LIKE '%:conversation-message'";
        query.Parameters.AddWithValue("$last", feed.Last);
        var late = (long)(await query.ExecuteScalarAsync())!;
        if (!expected.SequenceEqual(actual) || late != 0)
        {
            throw new InvalidOperationException($"Emails {string.Join('/', actual)} (expected {string.Join('/', expected)}), {late} feed entries unaccounted for.");
        }
    }

    /// <summary>The feed table, read-only, and the last row already accounted for.</summary>
    private sealed class FeedWatch(SqliteConnection reader)
    {
        public SqliteConnection Reader { get; } = reader;

        public long Last { get; set; }
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
}
