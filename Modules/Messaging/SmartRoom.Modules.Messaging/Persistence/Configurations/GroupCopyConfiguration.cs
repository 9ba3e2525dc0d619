using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.Messaging.Persistence.Configurations;

internal sealed class GroupCopyConfiguration : IEntityTypeConfiguration<GroupCopy>
{
    public void Configure(EntityTypeBuilder<GroupCopy> builder)
    {
        builder.ToTable("Groups");
        builder.HasKey(x => new { x.RoomId, x.GroupId });
        builder.Property(x => x.Name).HasMaxLength(200);
    }
}
