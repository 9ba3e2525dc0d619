using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.DealRooms.Persistence.Configurations;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> b)
    {
        b.ToTable("Invitations");
        b.HasKey(x => x.Id);
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.HasIndex(x => x.RoomId);
        b.Property(x => x.Email).HasMaxLength(256);
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
    }
}
