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
            d.Property(x => x.Category).HasMaxLength(40);
            d.Property(x => x.UnsubscribeUrl).HasMaxLength(500);
            d.HasIndex(x => x.To);
        });
        modelBuilder.Entity<Preference>(p =>
        {
            p.ToTable("Preferences");
            p.HasKey(x => new { x.UserId, x.Category });
            p.Property(x => x.Category).HasMaxLength(40);
            p.Property(x => x.Mode).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<InAppNotification>(n =>
        {
            n.ToTable("InAppNotifications");
            n.HasKey(x => x.Id);
            n.Property(x => x.DeduplicationKey).HasMaxLength(400);
            n.HasIndex(x => x.DeduplicationKey).IsUnique();
            n.HasIndex(x => new { x.UserId, x.ReadAt });
            n.Property(x => x.Category).HasMaxLength(40);
            n.Property(x => x.Title).HasMaxLength(200);
            n.Property(x => x.Body).HasMaxLength(2000);
        });
        modelBuilder.Entity<UnsubscribeLink>(u =>
        {
            u.ToTable("UnsubscribeLinks");
            u.HasKey(x => x.Id);
            u.Property(x => x.TokenHash).HasMaxLength(64);
            u.HasIndex(x => x.TokenHash).IsUnique();
            u.Property(x => x.Category).HasMaxLength(40);
        });
        modelBuilder.Entity<SuppressedAddress>(a =>
        {
            a.ToTable("SuppressedAddresses");
            a.HasKey(x => x.Address);
            a.Property(x => x.Address).HasMaxLength(256);
            a.Property(x => x.Reason).HasMaxLength(1000);
        });
        modelBuilder.Entity<DigestItem>(d =>
        {
            d.ToTable("DigestItems");
            d.HasKey(x => x.Id);
            d.Property(x => x.DeduplicationKey).HasMaxLength(400);
            d.HasIndex(x => x.DeduplicationKey).IsUnique();
            d.HasIndex(x => new { x.SentAt, x.UserId });
            d.Property(x => x.Email).HasMaxLength(256);
            d.Property(x => x.DisplayName).HasMaxLength(100);
            d.Property(x => x.Category).HasMaxLength(40);
            d.Property(x => x.Title).HasMaxLength(200);
            d.Property(x => x.Body).HasMaxLength(2000);
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
