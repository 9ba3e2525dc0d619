using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.Content.Persistence.Configurations;

internal sealed class RemovalReminderConfiguration : IEntityTypeConfiguration<RemovalReminder>
{
    public void Configure(EntityTypeBuilder<RemovalReminder> builder)
    {
        builder.ToTable("RemovalReminders");
        // Each reminder once per request and kind: a second (or concurrent) run loses on this key.
        builder.HasKey(x => new { x.RequestId, x.Kind });
        builder.Property(x => x.Kind).HasMaxLength(20);
    }
}
