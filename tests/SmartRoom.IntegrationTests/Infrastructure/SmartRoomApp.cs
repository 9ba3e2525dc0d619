using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace SmartRoom.IntegrationTests.Infrastructure;

/// <summary>
/// The real host over HTTP, with its own database (SQLite file or PostgreSQL database), its own data
/// directory and a real SMTP server. One per test class; <see cref="ResetAsync"/> empties data between tests.
/// </summary>
public class SmartRoomApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "admin@smartroom.test";
    public const string AdminPassword = "amber heron lantern drifts";

    private TestDatabase? _database;
    private IHost? _host;

    public SmtpSink Smtp { get; } = new();

    /// <summary>This fixture's master key (base64), as an operator would set it outside the database.</summary>
    public string MasterKey { get; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public TestDatabase Database => _database ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>The clock every module reads; tests move it forward instead of sleeping.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>The started host, for Wolverine's tracked sessions.</summary>
    public IHost Host => _host ?? throw new InvalidOperationException("Create a client first.");

    /// <summary>The host's messages and jobs still in flight, dead letters and failed jobs.</summary>
    public BackgroundWork Work => new(Database, Services);

    /// <summary>Extra settings of a derived fixture (e.g. static code generation).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings => [];

    /// <summary>A derived fixture serves the host over Kestrel on a free loopback port (a real browser connects to it).</summary>
    protected virtual bool ServesOverKestrel => false;

    public async Task InitializeAsync()
    {
        JasperFxEnvironment.AutoStartHost = true;
        _database = await TestDatabase.CreateAsync();
        if (ServesOverKestrel)
        {
            UseKestrel(0);
        }

        _ = Services; // boot now, so the first test does not pay for it
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["SmartRoom:DataDirectory"] = Database.DataDirectory,
            ["SmartRoom:PublicBaseUrl"] = "http://smartroom.test",
            ["SmartRoom:Database:Provider"] = Database.Provider,
            ["ConnectionStrings:SmartRoom"] = Database.ConnectionString,
            ["SmartRoom:Email:Smtp:Host"] = "127.0.0.1",
            ["SmartRoom:Email:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["SmartRoom:Email:Smtp:Security"] = "None",
            // As in production: the master key comes from configuration, never from the data directory.
            ["SmartRoom:Encryption:MasterKey"] = MasterKey,
            ["SmartRoom:Bootstrap:AdminEmail"] = AdminEmail,
            ["SmartRoom:Bootstrap:AdminPassword"] = AdminPassword,
            // Generous limits here; RateLimitTests uses its own fixture with tight ones.
            ["SmartRoom:RateLimits:sign-in:PermitLimit"] = "10000",
            ["SmartRoom:RateLimits:registration:PermitLimit"] = "10000",
            ["SmartRoom:RateLimits:password-reset:PermitLimit"] = "10000",
            ["SmartRoom:RateLimits:cookie-consent:PermitLimit"] = "10000",
            ["SmartRoom:RateLimits:content-forms:PermitLimit"] = "10000",
            // Recurring jobs would fire on their real schedules in the middle of tests; a test about a job runs
            // it itself, a fixture about Hangfire's server turns it back on.
            ["SmartRoom:Jobs:RunServer"] = "false",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IStartupFilter, ClientAddressStartupFilter>();
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        _host = base.CreateHost(builder);
        return _host;
    }

    /// <summary>Empties the data, then lets start-up seeding (roles, bootstrap admin) run again.</summary>
    public async Task ResetAsync()
    {
        // Work still in flight (start-up's account replay, the last test's messages) would write into the tables
        // being emptied (on PostgreSQL: a deadlock with the reset).
        await Work.WaitUntilQuietAsync();
        Smtp.Clear();
        Clock.Reset();
        await Database.ResetAsync();
        await Work.ResetAsync();
        foreach (var files in new[] { Path.Combine(Database.DataDirectory, "blobs"), Path.Combine(Database.DataDirectory, "content") })
        {
            if (Directory.Exists(files))
            {
                Directory.Delete(files, recursive: true);
            }
        }

        var bootstrapper = Services.GetServices<IHostedService>().OfType<SmartRoom.Modules.Identity.Bootstrap.IdentityBootstrapper>().Single();
        await bootstrapper.StartAsync(CancellationToken.None);
        await Services.GetServices<IHostedService>().OfType<SmartRoom.Modules.Privacy.Bootstrap.PrivacyBootstrapper>().Single().StartAsync(CancellationToken.None);
        await Services.GetRequiredService<SmartRoom.Modules.Privacy.Domain.AccountReplayRequester>().EnsureRequestedAsync(CancellationToken.None);
        await Services.GetRequiredService<SmartRoom.Modules.Messaging.Domain.MembershipReplayRequester>().EnsureRequestedAsync(CancellationToken.None);
        await Services.GetRequiredService<SmartRoom.Modules.Content.Domain.TeamReplayRequester>().EnsureRequestedAsync(CancellationToken.None);
        await Services.GetServices<IHostedService>().OfType<SmartRoom.Modules.Privacy.Bootstrap.ConsentPurposesBootstrapper>().Single().StartAsync(CancellationToken.None);
    }

    /// <summary>A client that sends the given bearer token (and, optionally, comes from another address or browser).</summary>
    public HttpClient ClientWithToken(string accessToken, string? ip = null, string? userAgent = null)
    {
        var client = ClientFrom(ip, userAgent);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    /// <summary>An anonymous client from an address and browser of the test's choosing.</summary>
    public HttpClient ClientFrom(string? ip = null, string? userAgent = null)
    {
        var client = CreateClient();
        if (ip is not null)
        {
            client.DefaultRequestHeaders.Add(ClientAddressStartupFilter.Header, ip);
        }

        if (userAgent is not null)
        {
            client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        }

        return client;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        try
        {
            // Fixtures whose tests do not derive from AppTest get the same closing check, once per class.
            if (_host is not null)
            {
                await Work.WaitUntilQuietAsync();
                await Work.AssertNoFailuresAsync();
            }
        }
        finally
        {
            await base.DisposeAsync();
            Smtp.Dispose();
            if (_database is not null)
            {
                await _database.DisposeAsync();
            }
        }
    }
}
