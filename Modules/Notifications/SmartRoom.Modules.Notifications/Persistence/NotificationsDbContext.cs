using SmartRoom.BuildingBlocks.Persistence;

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

    public DbSet<MarketingConsent> MarketingConsents => Set<MarketingConsent>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseModuleConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationsDbContext).Assembly);
        modelBuilder.UseModuleSchema(Database, Schema);
    }
}
