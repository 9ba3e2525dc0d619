using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.Messaging.Persistence.Configurations;

internal sealed class MemberCopyConfiguration : IEntityTypeConfiguration<MemberCopy>
{
    public void Configure(EntityTypeBuilder<MemberCopy> builder)
    {
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.ToTable("Members");
        builder.HasKey(x => new { x.RoomId, x.UserId });
        builder.Property(x => x.Email).HasMaxLength(256);
        builder.Property(x => x.DisplayName).HasMaxLength(200);
        builder.Property(x => x.Role).HasMaxLength(20);
        builder.Ignore(x => x.IsManager);
        builder.HasIndex(x => new { x.RoomId, x.GroupId });
        builder.HasIndex(x => x.UserId);
    }
}
