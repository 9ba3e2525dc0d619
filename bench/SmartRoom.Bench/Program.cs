// Load measurements against the real host (Release build, Kestrel on loopback, SQLite, a local SMTP server).
//   dotnet build -c Release SmartRoom.sln && dotnet run -c Release --project bench/SmartRoom.Bench
// Prints sign-in throughput and latency, the forgot-password timing of known and unknown emails, and email
// throughput (end to end from an API call to the SMTP server, and the SMTP transport alone).
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using netDumbster.smtp;

if (args.Contains("message-notices"))
{
    // The host runs in this process (Kestrel on loopback; its feed table is read directly), with its own SMTP server and data directory.
    var messages = args.SkipWhile(a => a != "message-notices").Skip(1).Select(a => int.TryParse(a, out var n) ? n : 0).FirstOrDefault(n => n > 0);
    return await MessageNoticeBench.RunAsync(messages > 0 ? messages : 300);
}

if (args.Contains("public-site"))
{
    // The host runs in this process; wrk and nginx (apt-get install -y wrk nginx) do the load and the static anchor.
    var seconds = args.SkipWhile(a => a != "public-site").Skip(1).Select(a => int.TryParse(a, out var n) ? n : 0).FirstOrDefault(n => n > 0);
    return await PublicSiteBench.RunAsync(seconds > 0 ? seconds : 20);
}

var root = FindRoot();
var hostDll = Path.Combine(root, "Host/SmartRoom.Host/bin/Release/net10.0/SmartRoom.Host.dll");
if (!File.Exists(hostDll))
{
    Console.Error.WriteLine("Build first: dotnet build -c Release SmartRoom.sln");
    return 1;
}

if (args.Contains("retention"))
{
    return await RetentionBench.RunAsync(hostDll);
}

if (args.Contains("policy-notices"))
{
    // Starts (and kills) hosts of its own, each with its own SMTP server and data directory.
    var count = args.SkipWhile(a => a != "policy-notices").Skip(1).Select(a => int.TryParse(a, out var n) ? n : 0).FirstOrDefault(n => n > 0);
    return await PolicyNoticesBench.RunAsync(hostDll, count > 0 ? count : 100_000);
}

using var smtp = Configuration.Configure().WithAddress(IPAddress.Loopback).WithRandomPort().Build();
var data = Directory.CreateTempSubdirectory("smartroom-bench").FullName;
const string adminEmail = "admin@bench.test";
const string adminPassword = "copper heron lantern drifting";
const int port = 5198;
var baseUrl = $"http://127.0.0.1:{port}";
var masterKey = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);

var host = Process.Start(new ProcessStartInfo("dotnet", hostDll)
{
    RedirectStandardOutput = true,
    RedirectStandardError = true,
    Environment =
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ASPNETCORE_URLS"] = baseUrl,
        ["Logging__LogLevel__Default"] = "Warning",
        ["SmartRoom__RequireHttps"] = "false",
        ["SmartRoom__DataDirectory"] = data,
        // Outside Development the host does not start without a master key (kept outside the database).
        ["SmartRoom__Encryption__MasterKey"] = Convert.ToBase64String(masterKey),
        ["SmartRoom__Email__Smtp__Host"] = "127.0.0.1",
        ["SmartRoom__Email__Smtp__Port"] = smtp.Configuration.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["SmartRoom__Email__Smtp__Security"] = "None",
        ["SmartRoom__Bootstrap__AdminEmail"] = adminEmail,
        ["SmartRoom__Bootstrap__AdminPassword"] = adminPassword,
        ["SmartRoom__RateLimits__sign-in__PermitLimit"] = "1000000",
        ["SmartRoom__RateLimits__password-reset__PermitLimit"] = "1000000",
        ["SmartRoom__RateLimits__registration__PermitLimit"] = "1000000",
    },
})!;
host.OutputDataReceived += (_, _) => { };
host.ErrorDataReceived += (_, _) => { };
host.BeginOutputReadLine();
host.BeginErrorReadLine();

try
{
    using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
    await WaitReadyAsync(http);
    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}");
    if (args.Contains("tree"))
    {
        await TreeBench.RunAsync(http, smtp, adminEmail, adminPassword);
        return 0;
    }

    if (args.Contains("statistics"))
    {
        var facts = args.SkipWhile(a => a != "statistics").Skip(1).Select(a => int.TryParse(a, out var n) ? n : 0).FirstOrDefault(n => n > 0);
        await StatisticsBench.RunAsync(http, adminEmail, adminPassword, data, facts > 0 ? facts : 1_000_000);
        return 0;
    }

    if (args.Contains("questions"))
    {
        await QuestionsBench.RunAsync(http, smtp, adminEmail, adminPassword, data, Convert.ToBase64String(masterKey));
        return 0;
    }

    if (args.Contains("conversations"))
    {
        var messageCount = args.SkipWhile(a => a != "conversations").Skip(1).Select(a => int.TryParse(a, out var n) ? n : 0).FirstOrDefault(n => n > 0);
        await ConversationsBench.RunAsync(http, smtp, adminEmail, adminPassword, data, masterKey, messageCount > 0 ? messageCount : 100_000);
        return 0;
    }

    if (args.Contains("documents"))
    {
        await DocumentsBench.RunAsync(http, host.Id, adminEmail, adminPassword, data);
        return 0;
    }

    // 1. Sign-in throughput: the admin signs in over and over from 4 concurrent clients for 15 s.
    var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
    var stop = Stopwatch.StartNew();
    var workers = Enumerable.Range(0, 4).Select(async _ =>
    {
        using var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        while (stop.Elapsed < TimeSpan.FromSeconds(15))
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.PostAsJsonAsync("/api/identity/login", new { email = adminEmail, password = adminPassword });
            response.EnsureSuccessStatusCode();
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }).ToArray();
    await Task.WhenAll(workers);
    var sorted = latencies.Order().ToArray();
    Console.WriteLine($"sign-in: {sorted.Length / stop.Elapsed.TotalSeconds:0.0} req/s (4 clients, PBKDF2-SHA512 100,000 iterations), p50 {Pct(sorted, 50):0.0} ms, p99 {Pct(sorted, 99):0.0} ms");

    // 2. Forgot-password: same answer, and similar time, for known and unknown emails.
    var known = new List<double>();
    var unknown = new List<double>();
    for (var i = 0; i < 200; i++)
    {
        known.Add(await TimeAsync(() => http.PostAsJsonAsync("/api/identity/forgot-password", new { email = adminEmail })));
        unknown.Add(await TimeAsync(() => http.PostAsJsonAsync("/api/identity/forgot-password", new { email = $"nobody{i}@bench.test" })));
    }

    Console.WriteLine($"forgot-password: known email median {Pct([.. known.Order()], 50):0.00} ms, unknown email median {Pct([.. unknown.Order()], 50):0.00} ms (200 each, interleaved)");

    // 3. Email end to end: profile changes (each one event → Notifications → SMTP), 4 clients.
    var tokens = await (await http.PostAsJsonAsync("/api/identity/login", new { email = adminEmail, password = adminPassword })).Content.ReadFromJsonAsync<JsonElement>();
    var token = tokens.GetProperty("accessToken").GetString();
    await Task.Delay(2000); // let the reset emails of step 2 drain
    smtp.ClearReceivedEmail();
    const int changes = 400;
    var endToEnd = Stopwatch.StartNew();
    await Parallel.ForEachAsync(Enumerable.Range(0, changes), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
    {
        using var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await client.PutAsJsonAsync("/api/me", new { displayName = $"Admin {i}" }, ct);
        response.EnsureSuccessStatusCode();
    });
    var accepted = endToEnd.Elapsed;
    while (smtp.ReceivedEmailCount < changes && endToEnd.Elapsed < TimeSpan.FromMinutes(3))
    {
        await Task.Delay(20);
    }

    Console.WriteLine($"email end to end: {smtp.ReceivedEmailCount} of {changes} emails at the SMTP server in {endToEnd.Elapsed.TotalSeconds:0.0} s " +
        $"= {smtp.ReceivedEmailCount / endToEnd.Elapsed.TotalSeconds:0.0} emails/s (API calls accepted in {accepted.TotalSeconds:0.0} s)");

    // The host keeps its SMTP connection open, and the test server serves one connection at a time.
    host.Kill(entireProcessTree: true);
    await host.WaitForExitAsync();

    // 4. MailKit alone with a new connection per message (how the transport sent before it kept its connection).
    smtp.ClearReceivedEmail();
    const int messages = 1000;
    var transport = Stopwatch.StartNew();
    await Parallel.ForEachAsync(Enumerable.Range(0, messages), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
    {
        var message = new MimeMessage { Subject = $"bench {i}" };
        message.From.Add(MailboxAddress.Parse("bench@smartroom.local"));
        message.To.Add(MailboxAddress.Parse($"to{i}@bench.test"));
        message.Body = new BodyBuilder { TextBody = "text", HtmlBody = "<p>html</p>" }.ToMessageBody();
        using var client = new SmtpClient();
        await client.ConnectAsync("127.0.0.1", smtp.Configuration.Port, SecureSocketOptions.None, ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    });
    Console.WriteLine($"SMTP, a connection per message: {messages / transport.Elapsed.TotalSeconds:0.0} messages/s (4 in parallel)");

    // 5. The same messages over one kept-open connection: what connection reuse would give.
    var reuse = Stopwatch.StartNew();
    using (var client = new SmtpClient())
    {
        await client.ConnectAsync("127.0.0.1", smtp.Configuration.Port, SecureSocketOptions.None);
        for (var i = 0; i < messages; i++)
        {
            var message = new MimeMessage { Subject = $"bench {i}" };
            message.From.Add(MailboxAddress.Parse("bench@smartroom.local"));
            message.To.Add(MailboxAddress.Parse($"to{i}@bench.test"));
            message.Body = new BodyBuilder { TextBody = "text", HtmlBody = "<p>html</p>" }.ToMessageBody();
            await client.SendAsync(message);
        }

        await client.DisconnectAsync(true);
    }

    Console.WriteLine($"SMTP over one connection: {messages / reuse.Elapsed.TotalSeconds:0.0} messages/s (sequential)");
    return 0;
}
finally
{
    if (!host.HasExited)
    {
        host.Kill(entireProcessTree: true);
        await host.WaitForExitAsync();
    }

    Directory.Delete(data, recursive: true);
}

static double Pct(double[] sorted, int p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1)];

static async Task<double> TimeAsync(Func<Task<HttpResponseMessage>> call)
{
    var started = Stopwatch.GetTimestamp();
    using var response = await call();
    response.EnsureSuccessStatusCode();
    return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}

static async Task WaitReadyAsync(HttpClient http)
{
    for (var i = 0; i < 600; i++)
    {
        try
        {
            if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode)
            {
                return;
            }
        }
        catch (HttpRequestException)
        {
        }

        await Task.Delay(100);
    }

    throw new TimeoutException("The host did not become ready.");
}

static string FindRoot()
{
    var dir = AppContext.BaseDirectory;
    while (dir is not null && !File.Exists(Path.Combine(dir, "SmartRoom.sln")))
    {
        dir = Path.GetDirectoryName(dir);
    }

    return dir ?? throw new InvalidOperationException("Run from inside the repository.");
}
