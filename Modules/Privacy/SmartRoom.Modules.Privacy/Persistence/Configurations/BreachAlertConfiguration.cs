using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Privacy.Persistence.Configurations;

internal sealed class BreachAlertConfiguration() : TableConfiguration<BreachAlert>("BreachAlerts")
{
    protected override void ConfigureEntity(EntityTypeBuilder<BreachAlert> builder)
    {
        builder.Property(x => x.Id).ValueGeneratedNever();

        // Each threshold of each breach is alerted once, however often (or concurrently) the clock runs.
        builder.HasIndex(x => new { x.BreachId, x.ThresholdHours }).IsUnique();
    }
}
