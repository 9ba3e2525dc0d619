using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Content.Persistence;

// One assembly cannot hold two providers' migrations for one context: each provider has its own derived
// context (named in its migrations' [DbContext] attribute) and the design-time factory `dotnet ef` creates it
// with (ADR 0002). Handlers inject ContentDbContext.

internal sealed class ContentSqliteDbContext(DbContextOptions<ContentSqliteDbContext> options) : ContentDbContext(options);

internal sealed class ContentPostgresDbContext(DbContextOptions<ContentPostgresDbContext> options) : ContentDbContext(options);

internal sealed class ContentSqlServerDbContext(DbContextOptions<ContentSqlServerDbContext> options) : ContentDbContext(options);

internal sealed class ContentSqliteDesignTimeFactory()
    : ModuleDesignTimeFactory<ContentSqliteDbContext>(DatabaseProvider.Sqlite, ContentDbContext.Schema);

internal sealed class ContentPostgresDesignTimeFactory()
    : ModuleDesignTimeFactory<ContentPostgresDbContext>(DatabaseProvider.Postgres, ContentDbContext.Schema);

internal sealed class ContentSqlServerDesignTimeFactory()
    : ModuleDesignTimeFactory<ContentSqlServerDbContext>(DatabaseProvider.SqlServer, ContentDbContext.Schema);
