using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Privacy.Persistence.Configurations;

internal sealed class RetentionRunConfiguration() : TableConfiguration<RetentionRun>("RetentionRuns")
{
    protected override void ConfigureEntity(EntityTypeBuilder<RetentionRun> builder)
    {
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Status).HasMaxLength(20);
    }
}
