using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.DealRooms.Persistence.Configurations;

internal sealed class AuditCheckpointConfiguration : IEntityTypeConfiguration<AuditCheckpoint>
{
    public void Configure(EntityTypeBuilder<AuditCheckpoint> b)
    {
        b.ToTable("AuditCheckpoints");
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.RoomId, x.Seq });
        b.Property(x => x.Hash).HasMaxLength(64);
        b.Property(x => x.KeyId).HasMaxLength(20);
        b.Property(x => x.Signature).HasMaxLength(100);
    }
}
