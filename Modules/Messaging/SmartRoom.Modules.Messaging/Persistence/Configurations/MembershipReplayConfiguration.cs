using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Messaging.Persistence.Configurations;

internal sealed class MembershipReplayConfiguration() : TableConfiguration<MembershipReplay>("MembershipReplays")
{
    protected override void ConfigureEntity(EntityTypeBuilder<MembershipReplay> builder) =>
        builder.Property(x => x.Id).ValueGeneratedNever();
}
