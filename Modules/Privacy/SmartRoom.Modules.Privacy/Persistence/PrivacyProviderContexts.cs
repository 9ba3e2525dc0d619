using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Privacy.Persistence;

// One assembly cannot hold two providers' migrations for one context: each provider has its own derived
// context (named in its migrations' [DbContext] attribute) and the design-time factory `dotnet ef` creates it
// with (ADR 0002). Handlers inject PrivacyDbContext.

internal sealed class PrivacySqliteDbContext(DbContextOptions<PrivacySqliteDbContext> options) : PrivacyDbContext(options);

internal sealed class PrivacyPostgresDbContext(DbContextOptions<PrivacyPostgresDbContext> options) : PrivacyDbContext(options);

internal sealed class PrivacySqlServerDbContext(DbContextOptions<PrivacySqlServerDbContext> options) : PrivacyDbContext(options);

internal sealed class PrivacySqliteDesignTimeFactory()
    : ModuleDesignTimeFactory<PrivacySqliteDbContext>(DatabaseProvider.Sqlite, PrivacyDbContext.Schema);

internal sealed class PrivacyPostgresDesignTimeFactory()
    : ModuleDesignTimeFactory<PrivacyPostgresDbContext>(DatabaseProvider.Postgres, PrivacyDbContext.Schema);

internal sealed class PrivacySqlServerDesignTimeFactory()
    : ModuleDesignTimeFactory<PrivacySqlServerDbContext>(DatabaseProvider.SqlServer, PrivacyDbContext.Schema);
