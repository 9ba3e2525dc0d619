using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Privacy.Persistence.Configurations;

internal sealed class PolicyNoticeRunConfiguration() : TableConfiguration<PolicyNoticeRun>("PolicyNoticeRuns")
{
    protected override void ConfigureEntity(EntityTypeBuilder<PolicyNoticeRun> builder)
    {
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Summary).HasMaxLength(2000);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Checkpoint).IsConcurrencyToken();
        builder.HasIndex(x => x.PolicyVersionId).IsUnique();
    }
}
