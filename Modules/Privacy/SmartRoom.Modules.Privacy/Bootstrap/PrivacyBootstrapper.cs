using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SmartRoom.Modules.Privacy.Features.PublishFirstPolicy;

namespace SmartRoom.Modules.Privacy.Bootstrap;

/// <summary>At start-up (after migrations): a privacy policy is in force (version 1 is published when none exists).</summary>
internal sealed class PrivacyBootstrapper(IServiceProvider services, PolicyCatalog catalog) : IHostedService
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
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
