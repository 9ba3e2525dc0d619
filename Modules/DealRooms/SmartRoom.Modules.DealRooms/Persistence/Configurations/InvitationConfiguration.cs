using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.DealRooms.Persistence.Configurations;

internal sealed class InvitationConfiguration() : TableConfiguration<Invitation>("Invitations")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Invitation> b)
    {
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.HasIndex(x => x.RoomId);
        b.Property(x => x.Email).HasMaxLength(256);
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
    }
}
