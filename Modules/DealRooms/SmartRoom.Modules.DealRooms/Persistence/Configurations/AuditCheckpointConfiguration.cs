using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.DealRooms.Persistence.Configurations;

internal sealed class AuditCheckpointConfiguration() : TableConfiguration<AuditCheckpoint>("AuditCheckpoints")
{
    protected override void ConfigureEntity(EntityTypeBuilder<AuditCheckpoint> b)
    {
        b.HasIndex(x => new { x.RoomId, x.Seq });
        b.Property(x => x.Hash).HasMaxLength(64);
        b.Property(x => x.KeyId).HasMaxLength(20);
        b.Property(x => x.Signature).HasMaxLength(100);
    }
}
