using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.DealRooms.Persistence.Configurations;

internal sealed class GroupConfiguration : IEntityTypeConfiguration<Group>
{
    public void Configure(EntityTypeBuilder<Group> b)
    {
        b.ToTable("Groups");
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.RoomId, x.Name }).IsUnique();
        b.Property(x => x.Name).HasMaxLength(100);
    }
}
