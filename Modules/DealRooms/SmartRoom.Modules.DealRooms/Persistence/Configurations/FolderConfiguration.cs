using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.DealRooms.Persistence.Configurations;

internal sealed class FolderConfiguration : IEntityTypeConfiguration<Folder>
{
    public void Configure(EntityTypeBuilder<Folder> b)
    {
        b.ToTable("Folders");
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.RoomId, x.ParentId });
        b.Property(x => x.Name).HasMaxLength(255);
        b.Property(x => x.Index).HasMaxLength(100);
    }
}
