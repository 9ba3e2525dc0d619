using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Privacy.Persistence;

/// <summary>Policy versions, consents, retention runs, legal holds and the breach register, in schema <c>privacy</c>.</summary>
internal class PrivacyDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "privacy";

    public DbSet<Subject> Subjects => Set<Subject>();

    public DbSet<PolicyVersion> PolicyVersions => Set<PolicyVersion>();

    public DbSet<BreachEntry> BreachEntries => Set<BreachEntry>();

    public DbSet<BreachAlert> BreachAlerts => Set<BreachAlert>();

    public DbSet<BreachSubject> BreachSubjects => Set<BreachSubject>();

    public DbSet<BreachControllerNotice> BreachControllerNotices => Set<BreachControllerNotice>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseModuleConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PrivacyDbContext).Assembly);
        modelBuilder.UseModuleSchema(Database, Schema);
    }
}
