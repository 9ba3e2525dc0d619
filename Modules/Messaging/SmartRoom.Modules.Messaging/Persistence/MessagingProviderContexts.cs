using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Messaging.Persistence;

// One assembly cannot hold two providers' migrations for one context: each provider has its own derived
// context (named in its migrations' [DbContext] attribute) and the design-time factory `dotnet ef` creates it
// with (ADR 0002). Handlers inject MessagingDbContext.

internal sealed class MessagingSqliteDbContext(DbContextOptions<MessagingSqliteDbContext> options) : MessagingDbContext(options);

internal sealed class MessagingPostgresDbContext(DbContextOptions<MessagingPostgresDbContext> options) : MessagingDbContext(options);

internal sealed class MessagingSqlServerDbContext(DbContextOptions<MessagingSqlServerDbContext> options) : MessagingDbContext(options);

internal sealed class MessagingSqliteDesignTimeFactory()
    : ModuleDesignTimeFactory<MessagingSqliteDbContext>(DatabaseProvider.Sqlite, MessagingDbContext.Schema);

internal sealed class MessagingPostgresDesignTimeFactory()
    : ModuleDesignTimeFactory<MessagingPostgresDbContext>(DatabaseProvider.Postgres, MessagingDbContext.Schema);

internal sealed class MessagingSqlServerDesignTimeFactory()
    : ModuleDesignTimeFactory<MessagingSqlServerDbContext>(DatabaseProvider.SqlServer, MessagingDbContext.Schema);
