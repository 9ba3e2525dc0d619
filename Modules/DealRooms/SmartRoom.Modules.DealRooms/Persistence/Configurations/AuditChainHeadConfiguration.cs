using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.DealRooms.Persistence.Configurations;

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> b)
    {
        // Kept apart from the records: a truncated chain no longer reaches its head.
        b.ToTable("AuditChainHeads");
        b.HasKey(x => x.RoomId);
        b.Property(x => x.Seq).IsConcurrencyToken();
        b.Property(x => x.Hash).HasMaxLength(64);
        b.Property(x => x.KeyId).HasMaxLength(20);
        b.Property(x => x.Mac).HasMaxLength(64);
    }
}
