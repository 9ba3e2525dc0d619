using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Messaging.Persistence;

/// <summary>Conversations, questions and answers, and Messaging's own copy of room membership, in schema <c>messaging</c>.</summary>
internal class MessagingDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "messaging";

    public DbSet<RoomCopy> Rooms => Set<RoomCopy>();

    public DbSet<MemberCopy> Members => Set<MemberCopy>();

    public DbSet<GroupCopy> Groups => Set<GroupCopy>();

    public DbSet<SupportGrantCopy> SupportGrants => Set<SupportGrantCopy>();

    public DbSet<MembershipReplay> MembershipReplays => Set<MembershipReplay>();

    public DbSet<RoomKey> RoomKeys => Set<RoomKey>();

    public DbSet<Conversation> Conversations => Set<Conversation>();

    public DbSet<ConversationParticipant> ConversationParticipants => Set<ConversationParticipant>();

    public DbSet<ConversationMessage> Messages => Set<ConversationMessage>();

    public DbSet<MessageAttachment> MessageAttachments => Set<MessageAttachment>();

    public DbSet<Question> Questions => Set<Question>();

    public DbSet<FaqAudience> FaqAudiences => Set<FaqAudience>();

    public DbSet<QaSettings> QaSettings => Set<QaSettings>();

    public DbSet<GroupQuestionLimit> GroupQuestionLimits => Set<GroupQuestionLimit>();

    public DbSet<QaExpert> QaExperts => Set<QaExpert>();

    public DbSet<QaReminder> QaReminders => Set<QaReminder>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseModuleConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MessagingDbContext).Assembly);
        modelBuilder.UseModuleSchema(Database, Schema);
    }
}
