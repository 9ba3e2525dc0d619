using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.DealRooms.Persistence.Configurations;

internal sealed class TermsAcceptanceConfiguration() : TableConfiguration<TermsAcceptance>("TermsAcceptances")
{
    protected override void ConfigureEntity(EntityTypeBuilder<TermsAcceptance> b)
    {
        b.HasIndex(x => new { x.RoomId, x.UserId, x.TermsHash });
        b.Property(x => x.TermsHash).HasMaxLength(64);
        b.Property(x => x.IpAddress).HasMaxLength(64);
        b.Property(x => x.UserAgent).HasMaxLength(512);
    }
}
