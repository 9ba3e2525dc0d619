using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.DealRooms.Persistence.Configurations;

internal sealed class SupportAccessRequestConfiguration() : TableConfiguration<SupportAccessRequest>("SupportAccessRequests")
{
    protected override void ConfigureEntity(EntityTypeBuilder<SupportAccessRequest> b)
    {
        b.HasIndex(x => new { x.RoomId, x.RequestedBy });
        b.Property(x => x.RequesterEmail).HasMaxLength(256);
        b.Property(x => x.RequesterName).HasMaxLength(100);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
    }
}
