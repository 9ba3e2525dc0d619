using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.BuildingBlocks.Jobs;

/// <summary>A scheduled job: it only sends a command; the work lives in a slice.</summary>
public interface IRecurringJob
{
    Task Run(CancellationToken cancellationToken);
}
