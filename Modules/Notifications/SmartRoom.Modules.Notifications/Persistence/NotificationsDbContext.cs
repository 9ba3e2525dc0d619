using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SmartRoom.BuildingBlocks.Persistence;
using SmartRoom.Modules.Notifications.Domain;

namespace SmartRoom.Modules.Notifications.Persistence;

/// <summary>The delivery log, in schema <c>notifications</c>.</summary>
internal class NotificationsDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "notifications";

    public DbSet<EmailDelivery> EmailDeliveries => Set<EmailDelivery>();

    public DbSet<Preference> Preferences => Set<Preference>();

    public DbSet<InAppNotification> InAppNotifications => Set<InAppNotification>();

    public DbSet<UnsubscribeLink> UnsubscribeLinks => Set<UnsubscribeLink>();

    public DbSet<SuppressedAddress> SuppressedAddresses => Set<SuppressedAddress>();

    public DbSet<DigestItem> DigestItems => Set<DigestItem>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseModuleConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationsDbContext).Assembly);
        modelBuilder.UseModuleSchema(Database, Schema);
    }
}

internal sealed class NotificationsSqliteDbContext(DbContextOptions<NotificationsSqliteDbContext> options) : NotificationsDbContext(options);

internal sealed class NotificationsPostgresDbContext(DbContextOptions<NotificationsPostgresDbContext> options) : NotificationsDbContext(options);

internal sealed class NotificationsSqlServerDbContext(DbContextOptions<NotificationsSqlServerDbContext> options) : NotificationsDbContext(options);

internal sealed class NotificationsSqliteDesignTimeFactory : IDesignTimeDbContextFactory<NotificationsSqliteDbContext>
{
    public NotificationsSqliteDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContexts.DesignTimeOptions<NotificationsSqliteDbContext>(DatabaseProvider.Sqlite, NotificationsDbContext.Schema));
}

internal sealed class NotificationsPostgresDesignTimeFactory : IDesignTimeDbContextFactory<NotificationsPostgresDbContext>
{
    public NotificationsPostgresDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContexts.DesignTimeOptions<NotificationsPostgresDbContext>(DatabaseProvider.Postgres, NotificationsDbContext.Schema));
}

internal sealed class NotificationsSqlServerDesignTimeFactory : IDesignTimeDbContextFactory<NotificationsSqlServerDbContext>
{
    public NotificationsSqlServerDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContexts.DesignTimeOptions<NotificationsSqlServerDbContext>(DatabaseProvider.SqlServer, NotificationsDbContext.Schema));
}
