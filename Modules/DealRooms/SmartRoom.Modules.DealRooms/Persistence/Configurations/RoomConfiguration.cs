using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.DealRooms.Persistence.Configurations;

internal sealed class RoomConfiguration() : TableConfiguration<Room>("Rooms")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Room> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.TermsText).HasMaxLength(100_000);
        b.Property(x => x.TermsHash).HasMaxLength(64);
        b.Property(x => x.IpAllowList).HasMaxLength(4000);
    }
}
