using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SmartRoom.Modules.Privacy.Features.PublishFirstPolicy;

namespace SmartRoom.Modules.Privacy.Bootstrap;

/// <summary>
/// At start-up (after migrations): a privacy policy is in force (version 1 is published when none exists). When
/// the version in force lacks a category of personal data a module now declares (an upgrade added one), it says
/// so in the log: a privacy officer publishes a new version, whose generated section then has it.
/// </summary>
internal sealed partial class PrivacyBootstrapper(
    IServiceProvider services,
    PolicyCatalog catalog,
    DataMap map,
    TimeProvider clock,
    ILogger<PrivacyBootstrapper> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Whatever was cached describes a database that may have been replaced (tests empty it between runs).
        catalog.Invalidate();
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new PublishFirstPolicy(), cancellationToken);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"Could not publish the first privacy policy: {result.Error!.Detail}");
        }

        var db = scope.ServiceProvider.GetRequiredService<PrivacyDbContext>();
        if (PolicyCatalog.InForce(await catalog.PublishedAsync(db, cancellationToken), clock.GetUtcNow()) is { } inForce)
        {
            var text = await db.PolicyVersions.AsNoTracking().Where(v => v.Id == inForce.Id).Select(v => v.Text).SingleAsync(cancellationToken);
            if (PolicyDataMapSection.MissingFrom(text, map) is { Count: > 0 } missing)
            {
                LogPolicyBehindDataMap(inForce.Number, string.Join(", ", missing));
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The privacy policy in force (version {Number}) does not describe the data categories {Categories}: publish a new version")]
    private partial void LogPolicyBehindDataMap(int number, string categories);
}
