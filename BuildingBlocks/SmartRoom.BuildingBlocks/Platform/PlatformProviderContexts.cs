using Microsoft.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.BuildingBlocks.Platform;

// One assembly cannot hold two providers' migrations for one context: each provider has its own derived
// context (named in its migrations' [DbContext] attribute) and the design-time factory `dotnet ef` creates it
// with (ADR 0002). Handlers inject PlatformDbContext.

internal sealed class PlatformSqliteDbContext(DbContextOptions<PlatformSqliteDbContext> options) : PlatformDbContext(options);

internal sealed class PlatformPostgresDbContext(DbContextOptions<PlatformPostgresDbContext> options) : PlatformDbContext(options);

internal sealed class PlatformSqlServerDbContext(DbContextOptions<PlatformSqlServerDbContext> options) : PlatformDbContext(options);

internal sealed class PlatformSqliteDesignTimeFactory()
    : ModuleDesignTimeFactory<PlatformSqliteDbContext>(DatabaseProvider.Sqlite, PlatformDbContext.Schema);

internal sealed class PlatformPostgresDesignTimeFactory()
    : ModuleDesignTimeFactory<PlatformPostgresDbContext>(DatabaseProvider.Postgres, PlatformDbContext.Schema);

internal sealed class PlatformSqlServerDesignTimeFactory()
    : ModuleDesignTimeFactory<PlatformSqlServerDbContext>(DatabaseProvider.SqlServer, PlatformDbContext.Schema);
