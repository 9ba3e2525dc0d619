using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.DealRooms.Persistence.Configurations;

internal sealed class SupportAccessRequestConfiguration : IEntityTypeConfiguration<SupportAccessRequest>
{
    public void Configure(EntityTypeBuilder<SupportAccessRequest> b)
    {
        b.ToTable("SupportAccessRequests");
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.RoomId, x.RequestedBy });
        b.Property(x => x.RequesterEmail).HasMaxLength(256);
        b.Property(x => x.RequesterName).HasMaxLength(100);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
    }
}
