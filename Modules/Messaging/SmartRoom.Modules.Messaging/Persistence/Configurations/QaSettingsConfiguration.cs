using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.Messaging.Persistence.Configurations;

internal sealed class QaSettingsConfiguration : IEntityTypeConfiguration<QaSettings>
{
    public void Configure(EntityTypeBuilder<QaSettings> builder)
    {
        builder.ToTable("QaSettings");
        builder.HasKey(x => x.RoomId);
        builder.Property(x => x.RoomId).ValueGeneratedNever();
        builder.Property(x => x.Categories).HasMaxLength(4000);
    }
}
