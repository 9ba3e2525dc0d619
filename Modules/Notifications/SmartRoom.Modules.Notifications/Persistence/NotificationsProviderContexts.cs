using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Notifications.Persistence;

// One assembly cannot hold two providers' migrations for one context: each provider has its own derived
// context (named in its migrations' [DbContext] attribute) and the design-time factory `dotnet ef` creates it
// with (ADR 0002). Handlers inject NotificationsDbContext.

internal sealed class NotificationsSqliteDbContext(DbContextOptions<NotificationsSqliteDbContext> options) : NotificationsDbContext(options);

internal sealed class NotificationsPostgresDbContext(DbContextOptions<NotificationsPostgresDbContext> options) : NotificationsDbContext(options);

internal sealed class NotificationsSqlServerDbContext(DbContextOptions<NotificationsSqlServerDbContext> options) : NotificationsDbContext(options);

internal sealed class NotificationsSqliteDesignTimeFactory()
    : ModuleDesignTimeFactory<NotificationsSqliteDbContext>(DatabaseProvider.Sqlite, NotificationsDbContext.Schema);

internal sealed class NotificationsPostgresDesignTimeFactory()
    : ModuleDesignTimeFactory<NotificationsPostgresDbContext>(DatabaseProvider.Postgres, NotificationsDbContext.Schema);

internal sealed class NotificationsSqlServerDesignTimeFactory()
    : ModuleDesignTimeFactory<NotificationsSqlServerDbContext>(DatabaseProvider.SqlServer, NotificationsDbContext.Schema);
