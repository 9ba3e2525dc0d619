using System.Reflection;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.BuildingBlocks.Configuration;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Persistence;
using SmartRoom.BuildingBlocks.Platform;
using SmartRoom.BuildingBlocks.Security;

namespace SmartRoom.BuildingBlocks.Modules;

/// <summary>What every module and the host share: errors, current user, clock, validators, start-up migration.</summary>
public static class PlatformServices
{
    public static IServiceCollection AddSmartRoomPlatform(this IServiceCollection services, SmartRoomOptions platform, DatabaseOptions database)
    {
        services.AddSingleton(platform);
        services.AddSingleton(database);
        services.AddSingleton(TimeProvider.System);
        // First, so the start-up migrator creates the platform's tables (the key ring) before any module's.
        services.AddModuleDbContext<PlatformDbContext, PlatformSqliteDbContext, PlatformPostgresDbContext, PlatformSqlServerDbContext>(
            database, PlatformDbContext.Schema);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx => ProblemMapping.Complete(ctx.ProblemDetails, ctx.HttpContext));
        services.AddExceptionHandler<UnhandledExceptionHandler>();
        // Registered before Wolverine and Hangfire so their start-up finds migrated tables.
        services.AddHostedService<DatabaseMigrator>();
        services.AddHealthChecks().AddCheck<DatabaseReadyHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>Registers a module's validators (internal ones included).</summary>
    public static IServiceCollection AddModuleValidators(this IServiceCollection services, Assembly moduleAssembly) =>
        services.AddValidatorsFromAssembly(moduleAssembly, ServiceLifetime.Scoped, includeInternalTypes: true);
}
