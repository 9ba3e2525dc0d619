using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.BuildingBlocks.Jobs;

public static class JobsSetup
{
    public const string HangfireSchema = "hangfire";

    /// <summary>Registers <typeparamref name="TJob"/> under a stable id (e.g. <c>notifications:dispatch-retry</c>).</summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string id, string cron)
        where TJob : class, IRecurringJob
    {
        services.AddScoped<TJob>();
        services.AddSingleton(new RecurringJobDefinition(id, cron,
            (manager, schedule) => manager.AddOrUpdate<TJob>(id, job => job.Run(CancellationToken.None), schedule)));
        return services;
    }

    /// <summary>Hangfire storage on the configured database (in memory for the embedded SQLite run, docs/adr/0005).</summary>
    public static IServiceCollection AddSmartRoomJobs(this IServiceCollection services, DatabaseOptions database, bool runServer)
    {
        services.AddHangfire((sp, config) =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            switch (database.Provider)
            {
                case DatabaseProvider.Sqlite:
                    config.UseInMemoryStorage();
                    break;
                case DatabaseProvider.Postgres:
                    config.UsePostgreSqlStorage(
                        o => o.UseNpgsqlConnection(database.ConnectionString),
                        new PostgreSqlStorageOptions
                        {
                            SchemaName = HangfireSchema,
                            PrepareSchemaIfNecessary = true,
                            QueuePollInterval = TimeSpan.FromSeconds(2),
                        });
                    break;
                case DatabaseProvider.SqlServer:
                    config.UseSqlServerStorage(database.ConnectionString, new SqlServerStorageOptions
                    {
                        SchemaName = HangfireSchema,
                        PrepareSchemaIfNecessary = true,
                        QueuePollInterval = TimeSpan.FromSeconds(2),
                    });
                    break;
            }
        });

        if (runServer)
        {
            services.AddHangfireServer(o => o.WorkerCount = Math.Max(2, Environment.ProcessorCount));
        }

        services.AddHostedService<RecurringJobsRegistrar>();
        return services;
    }
}
