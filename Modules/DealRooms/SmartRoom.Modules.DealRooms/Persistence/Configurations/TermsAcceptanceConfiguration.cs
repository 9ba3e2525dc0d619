using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.DealRooms.Persistence.Configurations;

internal sealed class TermsAcceptanceConfiguration : IEntityTypeConfiguration<TermsAcceptance>
{
    public void Configure(EntityTypeBuilder<TermsAcceptance> b)
    {
        b.ToTable("TermsAcceptances");
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.RoomId, x.UserId, x.TermsHash });
        b.Property(x => x.TermsHash).HasMaxLength(64);
        b.Property(x => x.IpAddress).HasMaxLength(64);
        b.Property(x => x.UserAgent).HasMaxLength(512);
    }
}
