using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.Messaging.Persistence.Configurations;

internal sealed class SupportGrantCopyConfiguration : IEntityTypeConfiguration<SupportGrantCopy>
{
    public void Configure(EntityTypeBuilder<SupportGrantCopy> builder)
    {
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.ToTable("SupportGrants");
        builder.HasKey(x => x.RequestId);
        builder.Property(x => x.RequestId).ValueGeneratedNever();
        builder.Property(x => x.Email).HasMaxLength(256);
        builder.Property(x => x.DisplayName).HasMaxLength(200);
        builder.HasIndex(x => new { x.RoomId, x.UserId });
    }
}
