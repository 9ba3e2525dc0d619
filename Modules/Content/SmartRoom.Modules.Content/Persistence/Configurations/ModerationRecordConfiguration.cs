using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Content.Persistence.Configurations;

internal sealed class ModerationRecordConfiguration() : TableConfiguration<ModerationRecord>("ModerationRecords")
{
    protected override void ConfigureEntity(EntityTypeBuilder<ModerationRecord> builder)
    {
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Action).HasMaxLength(60);
        builder.Property(x => x.TargetKind).HasMaxLength(30);
        builder.Property(x => x.Reason).HasMaxLength(2000);
        builder.Property(x => x.IpAddress).HasMaxLength(64);
        builder.Property(x => x.UserAgent).HasMaxLength(512);
        builder.HasIndex(x => new { x.TargetKind, x.TargetId, x.At });
        builder.HasIndex(x => x.At);
    }
}
