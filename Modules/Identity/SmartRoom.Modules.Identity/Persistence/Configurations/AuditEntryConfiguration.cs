using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.Identity.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.TargetUserId, x.OccurredAt });
        b.Property(x => x.Action).HasMaxLength(60);
        b.Property(x => x.IpAddress).HasMaxLength(64);
    }
}
