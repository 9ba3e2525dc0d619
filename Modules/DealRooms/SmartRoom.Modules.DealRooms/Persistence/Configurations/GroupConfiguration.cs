using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.DealRooms.Persistence.Configurations;

internal sealed class GroupConfiguration() : TableConfiguration<Group>("Groups")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Group> b)
    {
        b.HasIndex(x => new { x.RoomId, x.Name }).IsUnique();
        b.Property(x => x.Name).HasMaxLength(100);
    }
}
