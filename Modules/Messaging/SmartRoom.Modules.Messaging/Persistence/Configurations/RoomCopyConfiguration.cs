using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Messaging.Persistence.Configurations;

internal sealed class RoomCopyConfiguration() : TableConfiguration<RoomCopy>("Rooms")
{
    protected override void ConfigureEntity(EntityTypeBuilder<RoomCopy> builder)
    {
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.Status).HasMaxLength(20);
        builder.Property(x => x.IpAllowList).HasMaxLength(4000);
        builder.Ignore(x => x.IsArchived);
        builder.Ignore(x => x.IsReadOnly);
    }
}
