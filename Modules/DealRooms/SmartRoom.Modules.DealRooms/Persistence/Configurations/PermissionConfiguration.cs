using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.DealRooms.Persistence.Configurations;

internal sealed class PermissionConfiguration : IEntityTypeConfiguration<Permission>
{
    public void Configure(EntityTypeBuilder<Permission> b)
    {
        b.ToTable("Permissions");
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.RoomId, x.GroupId });
        b.HasIndex(x => new { x.GroupId, x.FolderId, x.DocumentId }).IsUnique();
        b.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
    }
}
