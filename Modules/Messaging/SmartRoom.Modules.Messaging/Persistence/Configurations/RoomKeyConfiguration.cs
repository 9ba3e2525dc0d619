using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.Messaging.Persistence.Configurations;

internal sealed class RoomKeyConfiguration : IEntityTypeConfiguration<RoomKey>
{
    public void Configure(EntityTypeBuilder<RoomKey> builder)
    {
        builder.ToTable("RoomKeys");
        builder.HasKey(x => x.RoomId);
        builder.Property(x => x.RoomId).ValueGeneratedNever();
        builder.Property(x => x.KeyId).HasMaxLength(40);
        builder.Property(x => x.Wrapped).HasMaxLength(64);
    }
}
