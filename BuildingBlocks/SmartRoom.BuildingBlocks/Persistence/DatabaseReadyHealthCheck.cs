using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SmartRoom.BuildingBlocks.Persistence;

/// <summary>Ready when the database answers and every module's migrations are applied.</summary>
internal sealed class DatabaseReadyHealthCheck(IServiceScopeFactory scopes, IEnumerable<ModuleDbContextRegistration> contexts)
    : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var pending = new List<string>();
        foreach (var registration in contexts)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(registration.ContextType);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database cannot be reached.");
            }

            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                pending.Add(registration.Schema);
            }
        }

        return pending.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"Pending migrations in: {string.Join(", ", pending)}.");
    }
}
