using System.Text.Json;
using PuppeteerSharp;

namespace SmartRoom.IntegrationTests.Site;

/// <summary>
/// The system's Chromium, headless, driven over the DevTools protocol (PuppeteerSharp never downloads a browser
/// here). Every page it opens reports what the browser itself complains about (<see cref="Complaints"/>): console
/// errors and warnings, uncaught exceptions, log entries (Content-Security-Policy violations arrive there), and
/// inspector issues.
/// </summary>
public sealed class SiteBrowser : IAsyncDisposable
{
    public const string ExecutableVariable = "SMARTROOM_TEST_CHROMIUM";

    private readonly IBrowser _browser;
    private readonly List<string> _complaints = [];

    private SiteBrowser(IBrowser browser) => _browser = browser;

    public static string ExecutablePath => Environment.GetEnvironmentVariable(ExecutableVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>What the browser complained about so far, on every page it opened.</summary>
    public IReadOnlyList<string> Complaints
    {
        get
        {
            lock (_complaints)
            {
                return [.. _complaints];
            }
        }
    }

    public static async Task<SiteBrowser> LaunchAsync() =>
        new(await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Containers and CI runners: no user namespaces for the sandbox, a small /dev/shm.
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run", "--disable-extensions"],
        }));

    /// <summary>A new page in its own browser context (its own cookies), at <paramref name="width"/> CSS pixels, listened to.</summary>
    public async Task<IPage> NewPageAsync(int width = 1024, bool javaScript = true)
    {
        var context = await _browser.CreateBrowserContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = 800 });
        await page.SetJavaScriptEnabledAsync(javaScript);
        page.Console += (_, e) =>
        {
            if (e.Message.Type is ConsoleType.Error or ConsoleType.Warning or ConsoleType.Assert)
            {
                Complain($"console {e.Message.Type}: {e.Message.Text}");
            }
        };
        page.PageError += (_, e) => Complain($"page error: {e.Message}");
        page.Issue += (_, e) => Complain($"issue {e.Issue.Code}");

        // The protocol itself, beside the page's events: browser log entries (CSP violations among them) and exceptions.
        var session = await page.CreateCDPSessionAsync();
        session.MessageReceived += (_, e) =>
        {
            if (e.MessageID == "Log.entryAdded" && e.MessageData is JsonElement log
                && log.GetProperty("entry").GetProperty("level").GetString() is "error" or "warning")
            {
                var entry = log.GetProperty("entry");
                Complain($"log {entry.GetProperty("source").GetString()}: {entry.GetProperty("text").GetString()} ({(entry.TryGetProperty("url", out var url) ? url.GetString() : "")})");
            }
            else if (e.MessageID == "Runtime.exceptionThrown")
            {
                Complain($"exception: {e.MessageData}");
            }
        };
        await session.SendAsync("Log.enable");
        await session.SendAsync("Runtime.enable");
        return page;
    }

    public void ForgetComplaints()
    {
        lock (_complaints)
        {
            _complaints.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        await _browser.DisposeAsync();
    }

    private void Complain(string what)
    {
        lock (_complaints)
        {
            _complaints.Add(what);
        }
    }
}
