using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Privacy.Persistence.Configurations;

internal sealed class AccountReplayConfiguration() : TableConfiguration<AccountReplay>("AccountReplays")
{
    protected override void ConfigureEntity(EntityTypeBuilder<AccountReplay> builder) =>
        builder.Property(x => x.Id).ValueGeneratedNever();
}
