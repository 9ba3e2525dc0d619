using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.BuildingBlocks.Jobs;

/// <summary>Creates or updates every module's recurring job at start-up (idempotent: ids are stable).</summary>
internal sealed class RecurringJobsRegistrar(IRecurringJobManager manager, IEnumerable<RecurringJobDefinition> jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var job in jobs)
        {
            job.Register(manager, job.Cron);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
