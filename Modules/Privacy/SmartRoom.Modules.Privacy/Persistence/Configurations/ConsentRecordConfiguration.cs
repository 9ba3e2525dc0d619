using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Privacy.Persistence.Configurations;

internal sealed class ConsentRecordConfiguration() : TableConfiguration<ConsentRecord>("ConsentRecords")
{
    protected override void ConfigureEntity(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Purpose).HasMaxLength(60);
        builder.Property(x => x.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Method).HasMaxLength(40);
        builder.Property(x => x.NoticeTextHash).HasMaxLength(64);
        builder.Property(x => x.IpNetwork).HasMaxLength(64);
        builder.Property(x => x.UserAgent).HasMaxLength(CurrentUserExtensions.MaxStoredUserAgent);
        builder.HasIndex(x => new { x.UserId, x.Purpose, x.RecordedAt });
        builder.HasIndex(x => new { x.VisitorId, x.Purpose, x.RecordedAt });
        builder.HasIndex(x => new { x.Purpose, x.RecordedAt });
    }
}
