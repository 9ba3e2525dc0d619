using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Identity.Persistence;

// One assembly cannot hold two providers' migrations for one context: each provider has its own derived
// context (named in its migrations' [DbContext] attribute) and the design-time factory `dotnet ef` creates it
// with (ADR 0002). Handlers inject IdentityDbContext.

internal sealed class IdentitySqliteDbContext(DbContextOptions<IdentitySqliteDbContext> options) : IdentityDbContext(options);

internal sealed class IdentityPostgresDbContext(DbContextOptions<IdentityPostgresDbContext> options) : IdentityDbContext(options);

internal sealed class IdentitySqlServerDbContext(DbContextOptions<IdentitySqlServerDbContext> options) : IdentityDbContext(options);

internal sealed class IdentitySqliteDesignTimeFactory()
    : ModuleDesignTimeFactory<IdentitySqliteDbContext>(DatabaseProvider.Sqlite, IdentityDbContext.Schema);

internal sealed class IdentityPostgresDesignTimeFactory()
    : ModuleDesignTimeFactory<IdentityPostgresDbContext>(DatabaseProvider.Postgres, IdentityDbContext.Schema);

internal sealed class IdentitySqlServerDesignTimeFactory()
    : ModuleDesignTimeFactory<IdentitySqlServerDbContext>(DatabaseProvider.SqlServer, IdentityDbContext.Schema);
