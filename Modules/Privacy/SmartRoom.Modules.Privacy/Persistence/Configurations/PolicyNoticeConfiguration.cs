using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Privacy.Persistence.Configurations;

internal sealed class PolicyNoticeConfiguration() : TableConfiguration<PolicyNotice>("PolicyNotices")
{
    protected override void ConfigureEntity(EntityTypeBuilder<PolicyNotice> builder)
    {
        builder.Property(x => x.Id).ValueGeneratedOnAdd();
        builder.Property(x => x.Email).HasMaxLength(256);
        builder.Property(x => x.DisplayName).HasMaxLength(200);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Reason).HasMaxLength(1000);
        builder.HasIndex(x => new { x.RunId, x.UserId }).IsUnique();
        builder.HasIndex(x => new { x.RunId, x.Status });
        builder.HasIndex(x => x.EventId).IsUnique();
    }
}
