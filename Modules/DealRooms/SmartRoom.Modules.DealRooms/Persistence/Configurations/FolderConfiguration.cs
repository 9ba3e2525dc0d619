using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.DealRooms.Persistence.Configurations;

internal sealed class FolderConfiguration() : TableConfiguration<Folder>("Folders")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Folder> b)
    {
        b.HasIndex(x => new { x.RoomId, x.ParentId });
        b.Property(x => x.Name).HasMaxLength(255);
        b.Property(x => x.Index).HasMaxLength(100);
    }
}
