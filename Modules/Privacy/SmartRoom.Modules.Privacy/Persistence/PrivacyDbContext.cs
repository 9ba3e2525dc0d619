using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Privacy.Persistence;

/// <summary>Policy versions, consents, retention runs, legal holds and the breach register, in schema <c>privacy</c>.</summary>
internal class PrivacyDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "privacy";

    public DbSet<Subject> Subjects => Set<Subject>();

    public DbSet<PolicyVersion> PolicyVersions => Set<PolicyVersion>();

    public DbSet<PolicyAcceptance> PolicyAcceptances => Set<PolicyAcceptance>();

    public DbSet<LegalHold> LegalHolds => Set<LegalHold>();

    public DbSet<RetentionRun> RetentionRuns => Set<RetentionRun>();

    public DbSet<RetentionRunCategory> RetentionRunCategories => Set<RetentionRunCategory>();

    public DbSet<UsageFact> UsageFacts => Set<UsageFact>();

    public DbSet<AccountReplay> AccountReplays => Set<AccountReplay>();

    public DbSet<PolicyNoticeRun> PolicyNoticeRuns => Set<PolicyNoticeRun>();

    public DbSet<PolicyNotice> PolicyNotices => Set<PolicyNotice>();

    public DbSet<ConsentPurpose> ConsentPurposes => Set<ConsentPurpose>();

    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();

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
