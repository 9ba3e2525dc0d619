using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.DealRooms.Persistence.Configurations;

internal sealed class AuditRecordConfiguration() : TableConfiguration<AuditRecord>("AuditRecords")
{
    protected override void ConfigureEntity(EntityTypeBuilder<AuditRecord> b)
    {
        b.HasIndex(x => new { x.RoomId, x.Seq }).IsUnique();
        b.Ignore(x => x.AppendOrder);
        b.Property(x => x.ActorKind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Action).HasMaxLength(60);
        b.Property(x => x.TargetType).HasMaxLength(40);
        b.Property(x => x.TargetId).HasMaxLength(100);
        b.Property(x => x.IpAddress).HasMaxLength(64);
        b.Property(x => x.UserAgent).HasMaxLength(512);
        b.Property(x => x.PrevHash).HasMaxLength(64);
        b.Property(x => x.Hash).HasMaxLength(64);
        b.Property(x => x.KeyId).HasMaxLength(20);
    }
}
