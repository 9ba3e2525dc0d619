using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.DealRooms.Persistence.Configurations;

internal sealed class PermissionConfiguration() : TableConfiguration<Permission>("Permissions")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Permission> b)
    {
        b.HasIndex(x => new { x.RoomId, x.GroupId });
        b.HasIndex(x => new { x.GroupId, x.FolderId, x.DocumentId }).IsUnique();
        b.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
    }
}
