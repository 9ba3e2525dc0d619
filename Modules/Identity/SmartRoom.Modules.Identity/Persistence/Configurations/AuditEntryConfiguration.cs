using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Identity.Persistence.Configurations;

internal sealed class AuditEntryConfiguration() : TableConfiguration<AuditEntry>("AuditEntries")
{
    protected override void ConfigureEntity(EntityTypeBuilder<AuditEntry> b)
    {
        b.HasIndex(x => new { x.TargetUserId, x.OccurredAt });
        b.Property(x => x.Action).HasMaxLength(60);
        b.Property(x => x.IpAddress).HasMaxLength(64);
    }
}
