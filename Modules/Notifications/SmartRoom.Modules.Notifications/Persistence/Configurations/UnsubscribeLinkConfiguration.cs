using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Notifications.Persistence.Configurations;

internal sealed class UnsubscribeLinkConfiguration() : TableConfiguration<UnsubscribeLink>("UnsubscribeLinks")
{
    protected override void ConfigureEntity(EntityTypeBuilder<UnsubscribeLink> builder)
    {
        builder.Property(x => x.TokenHash).HasMaxLength(64);
        builder.HasIndex(x => x.TokenHash).IsUnique();
        builder.Property(x => x.Category).HasMaxLength(40);
    }
}
