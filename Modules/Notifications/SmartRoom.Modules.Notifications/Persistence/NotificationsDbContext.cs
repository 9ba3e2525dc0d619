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

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseModuleConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<EmailDelivery>(d =>
        {
            d.ToTable("EmailDeliveries");
            d.HasKey(x => x.Id);
            d.Property(x => x.DeduplicationKey).HasMaxLength(400);
            d.HasIndex(x => x.DeduplicationKey).IsUnique();
            d.Property(x => x.Template).HasMaxLength(100);
            d.Property(x => x.To).HasMaxLength(256);
            d.Property(x => x.Subject).HasMaxLength(300);
            d.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            d.Property(x => x.LastError).HasMaxLength(1000);
            d.Property(x => x.ProviderMessageId).HasMaxLength(300);
            d.HasIndex(x => new { x.Status, x.NextAttemptAt });
        });
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
