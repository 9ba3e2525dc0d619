using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.Modules.Notifications.Jobs;

namespace SmartRoom.IntegrationTests.Notifications;

/// <summary>The host pointed at an SMTP port where nothing listens yet.</summary>
public sealed class SmtpOutageApp : SmartRoomApp
{
    public int DownPort { get; } = FreePort();

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [new("SmartRoom:Email:Smtp:Port", DownPort.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed class SmtpOutageTests(SmtpOutageApp app) : IClassFixture<SmtpOutageApp>
{
    [Fact]
    public async Task With_SMTP_down_an_email_is_kept_as_queued_then_sent_by_the_retry_job_when_it_is_back()
    {
        var email = IdentityApi.NewEmail("outage");
        (await app.CreateClient().RegisterAsync(email)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var admin = await app.AdminAsync();

        // An attempt is claimed (counted) before it is made and its error recorded after: wait for both.
        var queued = await WaitForDeliveryAsync(admin, email, d => d.GetProperty("attempts").GetInt32() == 1
            && d.GetProperty("lastError").GetString() is { Length: > 0 });
        queued.GetProperty("status").GetString().ShouldBe("Queued");
        queued.GetProperty("lastError").GetString().ShouldNotBeNullOrEmpty();

        using var smtp = new SmtpSink(app.DownPort);
        await RunRetryJobAsync(); // not due yet: the back-off holds it
        (await WaitForDeliveryAsync(admin, email, _ => true)).GetProperty("attempts").GetInt32().ShouldBe(1);

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await RunRetryJobAsync();

        (await smtp.WaitForAsync(email)).Subject.ShouldBe("Confirm your SmartRoom account");
        var sent = await WaitForDeliveryAsync(admin, email, d => d.GetProperty("status").GetString() == "Sent");
        sent.GetProperty("attempts").GetInt32().ShouldBe(2);
    }

    private async Task RunRetryJobAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DispatchRetryJob>().Run(CancellationToken.None);
    }

    private static async Task<JsonElement> WaitForDeliveryAsync(HttpClient admin, string to, Func<JsonElement, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var log = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/notifications/deliveries?to={Uri.EscapeDataString(to)}");
            var found = log.GetProperty("items").EnumerateArray().FirstOrDefault(match);
            if (found.ValueKind != JsonValueKind.Undefined)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No matching delivery to {to}.");
            }

            await Task.Delay(50);
        }
    }
}
