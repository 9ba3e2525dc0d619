using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Content.Persistence.Configurations;

internal sealed class TeamReplayConfiguration() : TableConfiguration<TeamReplay>("TeamReplays")
{
    protected override void ConfigureEntity(EntityTypeBuilder<TeamReplay> builder) =>
        builder.Property(x => x.Id).ValueGeneratedNever();
}
