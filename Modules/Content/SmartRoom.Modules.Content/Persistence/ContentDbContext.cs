using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Content.Persistence;

/// <summary>The blog, its comments, testimonials with their consents and images, and the moderation record, in schema <c>content</c>.</summary>
internal class ContentDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "content";

    public DbSet<Post> Posts => Set<Post>();

    public DbSet<PostTag> PostTags => Set<PostTag>();

    public DbSet<PostSlug> PostSlugs => Set<PostSlug>();

    public DbSet<Comment> Comments => Set<Comment>();

    public DbSet<CommentReport> CommentReports => Set<CommentReport>();

    public DbSet<CommenterBan> CommenterBans => Set<CommenterBan>();

    public DbSet<Testimonial> Testimonials => Set<Testimonial>();

    public DbSet<TestimonialConsent> TestimonialConsents => Set<TestimonialConsent>();

    public DbSet<ContentImage> Images => Set<ContentImage>();

    public DbSet<ModerationRecord> ModerationRecords => Set<ModerationRecord>();

    public DbSet<RemovalRequest> RemovalRequests => Set<RemovalRequest>();

    public DbSet<RemovalReminder> RemovalReminders => Set<RemovalReminder>();

    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();

    public DbSet<TeamReplay> TeamReplays => Set<TeamReplay>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseModuleConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ContentDbContext).Assembly);
        modelBuilder.UseModuleSchema(Database, Schema);
    }
}
