using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.Messaging.Persistence.Configurations;

internal sealed class QaReminderConfiguration : IEntityTypeConfiguration<QaReminder>
{
    public void Configure(EntityTypeBuilder<QaReminder> builder)
    {
        builder.ToTable("QaReminders");
        builder.HasKey(x => new { x.QuestionId, x.Kind, x.DueAt });
        builder.Property(x => x.Kind).HasMaxLength(20);
    }
}
