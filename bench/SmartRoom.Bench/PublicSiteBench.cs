using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using netDumbster.smtp;

/// <summary>
/// `dotnet run -c Release --project bench/SmartRoom.Bench -- public-site [seconds]`: the public site under load. The host
/// runs in this process (Production settings, SQLite, Kestrel on loopback, static Wolverine code); 1,000 published posts
/// (about 5 KB of Markdown each, three tags) and 50,000 published comments (50 a post) are planted through
/// <c>ContentDbContext</c> (<see cref="PublicSiteSeed"/>). Then <c>wrk -t2 -c32 -d20s --latency</c> measures each
/// address — a post's page and its API read spread over all 1,000 slugs by a Lua script, the feeds, a tag's feed over
/// all tags, the sitemap — next to its anchors in the same run: the host's bare <c>/health/live</c>, and nginx serving a
/// static copy of the same bytes (a page the build does not serve yet is stood in for by a post's HTML with its 50
/// comments). Prints a table and the load average.
/// </summary>
internal static partial class PublicSiteBench
{
    private const int Posts = 1_000;
    private const int CommentsPerPost = 50;

    private sealed record Target(string Name, string Path, string[]? Spread, string StaticName);

    public static async Task<int> RunAsync(int seconds)
    {
        foreach (var tool in new[] { "wrk", "nginx" })
        {
            if (Which(tool) is null)
            {
                Console.Error.WriteLine($"{tool} is needed: apt-get install -y wrk nginx");
                return 1;
            }
        }

        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; load average before: {LoadAverage()}");
        using var smtp = Configuration.Configure().WithAddress(IPAddress.Loopback).WithRandomPort().Build();
        var data = Directory.CreateTempSubdirectory("smartroom-public-site").FullName;
        Process? nginx = null;
        try
        {
            await using var app = new MessageNoticeArrange.InProcessHost(data, smtp.Configuration.Port);
            app.UseKestrel(0);
            app.StartServer();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("localhost", "127.0.0.1", StringComparison.Ordinal);

            var seeding = Stopwatch.StartNew();
            var blog = await PublicSiteSeed.SeedAsync(app.Services, Posts, CommentsPerPost, DateTimeOffset.UtcNow);
            Console.WriteLine($"planted {Posts:N0} posts and {Posts * CommentsPerPost:N0} comments in {seeding.Elapsed.TotalSeconds:0.0} s");

            Target[] targets =
            [
                new("host GET /health/live (anchor)", "/health/live", null, "live.txt"),
                new("GET /blog/{slug} (post page)", "/blog/", blog.Slugs, "post.html"),
                new("GET /api/content/posts/{slug}", "/api/content/posts/", blog.Slugs, "post.json"),
                new("GET /blog/rss.xml", "/blog/rss.xml", null, "rss.xml"),
                new("GET /blog/atom.xml", "/blog/atom.xml", null, "atom.xml"),
                new("GET /blog/tags/{tag}/rss.xml", "/blog/tags/", blog.Tags.Select(t => t + "/rss.xml").ToArray(), "tag-rss.xml"),
                new("GET /sitemap.xml", "/sitemap.xml", null, "sitemap.xml"),
            ];

            var root = Directory.CreateDirectory(Path.Combine(data, "nginx", "html")).FullName;
            // nginx's workers run as an unprivileged user: they must be able to reach and read the copies.
            if (!OperatingSystem.IsWindows())
            {
                foreach (var directory in new[] { data, Path.Combine(data, "nginx"), root })
                {
                    File.SetUnixFileMode(directory, (UnixFileMode)0b111_101_101);
                }
            }

            using var http = new HttpClient { BaseAddress = new Uri(address) };
            var served = new Dictionary<Target, (int Status, int Bytes)>();
            foreach (var target in targets)
            {
                using var probe = await http.GetAsync(target.Spread is null ? target.Path : target.Path + target.Spread[0]);
                var bytes = await probe.Content.ReadAsByteArrayAsync();
                served[target] = ((int)probe.StatusCode, bytes.Length);
                // The static copy: the same bytes; a page this build does not serve yet, a post's HTML with its comments.
                await File.WriteAllBytesAsync(Path.Combine(root, target.StaticName),
                    probe.IsSuccessStatusCode ? bytes : Encoding.UTF8.GetBytes(StandInPage(blog, target.StaticName.EndsWith(".json", StringComparison.Ordinal))));
            }

            var nginxPort = FreePort();
            nginx = StartNginx(Path.Combine(data, "nginx"), root, nginxPort);
            await WaitForPortAsync(nginxPort);

            var rows = new List<string>();
            foreach (var target in targets)
            {
                var (status, size) = served[target];
                var hostRun = status == 200
                    ? await WrkAsync(address, target.Path, target.Spread, seconds, data)
                    : null;
                var nginxRun = target.Path == "/health/live" ? null : await WrkAsync($"http://127.0.0.1:{nginxPort}", "/" + target.StaticName, null, seconds, data);
                var staticSize = new FileInfo(Path.Combine(root, target.StaticName)).Length;
                rows.Add($"| {target.Name} | {(hostRun is null ? $"not served by this build ({status})" : $"{hostRun.Rps:N0}")} | {Ms(hostRun?.P99)} | "
                    + $"{(status == 200 ? Kb(size) : "–")} | {(nginxRun is null ? "–" : $"{nginxRun.Rps:N0}")} | {Ms(nginxRun?.P99)} | {Kb(staticSize)} | "
                    + $"{hostRun?.Errors.ToString(CultureInfo.InvariantCulture) ?? "–"} / {nginxRun?.Errors.ToString(CultureInfo.InvariantCulture) ?? "–"} |");
                Console.WriteLine(rows[^1]);
            }

            Console.WriteLine();
            Console.WriteLine($"wrk -t2 -c32 -d{seconds}s --latency; {Posts:N0} posts, {Posts * CommentsPerPost:N0} comments; load average after: {LoadAverage()}");
            Console.WriteLine("| address | host req/s | host p99 | host body | nginx static req/s | nginx p99 | static body | non-2xx or socket errors (host / nginx) |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|");
            rows.ForEach(Console.WriteLine);
            return 0;
        }
        finally
        {
            if (nginx is { HasExited: false })
            {
                nginx.Kill(entireProcessTree: true);
                await nginx.WaitForExitAsync();
            }

            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    private sealed record WrkRun(double Rps, double P99, long Errors);

    /// <summary>One wrk run; with <paramref name="spread"/>, a Lua script picks one of its suffixes at random for every request.</summary>
    private static async Task<WrkRun> WrkAsync(string baseUrl, string path, string[]? spread, int seconds, string data)
    {
        var arguments = $"-t2 -c32 -d{seconds}s --latency";
        if (spread is not null)
        {
            var script = Path.Combine(data, $"spread-{Guid.NewGuid():N}.lua");
            var list = string.Join(",\n", spread.Select(s => $"\"{path}{s}\""));
            await File.WriteAllTextAsync(script, $$"""
                local paths = {
                {{list}}
                }
                local count = #paths
                local threads = 0
                function setup(thread)
                  threads = threads + 1
                  thread:set("id", threads)
                end
                function init(args)
                  math.randomseed(os.time() + (id or 0) * 7919)
                end
                function request()
                  return wrk.format("GET", paths[math.random(count)])
                end
                """);
            arguments += $" -s {script}";
            path = "/";
        }

        using var wrk = Process.Start(new ProcessStartInfo("wrk", $"{arguments} {baseUrl}{path}") { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        var rps = double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var p99 = P99().Match(output);
        var ms = double.Parse(p99.Groups[1].Value, CultureInfo.InvariantCulture) * p99.Groups[2].Value switch { "us" => 0.001, "s" => 1000, _ => 1 };
        var errors = Failures().Matches(output).Sum(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        return new WrkRun(rps, ms, errors);
    }

    private static Process StartNginx(string prefix, string root, int port)
    {
        var config = Path.Combine(prefix, "nginx.conf");
        File.WriteAllText(config, $$"""
            daemon off;
            worker_processes auto;
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/error.log warn;
            events { worker_connections 1024; }
            http {
              access_log off;
              sendfile on;
              keepalive_requests 1000000;
              client_body_temp_path {{prefix}}/client_body;
              proxy_temp_path {{prefix}}/proxy;
              fastcgi_temp_path {{prefix}}/fastcgi;
              uwsgi_temp_path {{prefix}}/uwsgi;
              scgi_temp_path {{prefix}}/scgi;
              types { text/html html; application/xml xml; application/json json; text/plain txt; }
              server {
                listen 127.0.0.1:{{port}};
                root {{root}};
              }
            }
            """);
        return Process.Start(new ProcessStartInfo("nginx", $"-p {prefix} -c {config}") { RedirectStandardError = true })!;
    }

    /// <summary>A page of the size the post page will have: the post's HTML and its comments, HTML-encoded, in a plain layout.</summary>
    private static string StandInPage(PublicSiteSeed.Seeded blog, bool json)
    {
        if (json)
        {
            return System.Text.Json.JsonSerializer.Serialize(new { title = "A post", html = blog.SampleHtml, comments = blog.SampleComments });
        }

        var page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>A post</title>"
            + "<meta name=\"viewport\" content=\"width=device-width\"><link rel=\"stylesheet\" href=\"/site.css\"></head><body><main><article>");
        page.Append(blog.SampleHtml).Append("</article><section><h2>Comments</h2>");
        foreach (var comment in blog.SampleComments)
        {
            page.Append("<article class=\"comment\"><p class=\"by\">Reader</p><p>").Append(WebUtility.HtmlEncode(comment)).Append("</p></article>");
        }

        return page.Append("</section></main></body></html>").ToString();
    }

    private static async Task WaitForPortAsync(int port)
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new TimeoutException("nginx did not start.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string Ms(double? ms) => ms is { } v ? $"{v:0.0} ms" : "–";

    private static string Kb(long bytes) => $"{bytes / 1024.0:0.0} KiB";

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"\s99%\s+([\d.]+)(us|ms|s)")]
    private static partial Regex P99();

    [GeneratedRegex(@"(?:Non-2xx or 3xx responses|Socket errors: connect|read|write|timeout)[: ]\s*(\d+)")]
    private static partial Regex Failures();
}
