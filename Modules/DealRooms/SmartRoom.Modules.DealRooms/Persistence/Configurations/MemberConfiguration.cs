using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.DealRooms.Persistence.Configurations;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> b)
    {
        b.ToTable("Members");
        b.HasKey(x => new { x.RoomId, x.UserId });
        b.HasIndex(x => x.UserId);
        b.Property(x => x.Email).HasMaxLength(256);
        b.Property(x => x.DisplayName).HasMaxLength(100);
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
    }
}
