using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Identity.Persistence.Configurations;

internal sealed class SessionConfiguration() : TableConfiguration<Session>("Sessions")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Session> b)
    {
        b.HasIndex(x => x.UserId);
        b.Property(x => x.RevokedReason).HasMaxLength(100);
        b.Property(x => x.IpAddress).HasMaxLength(64);
        b.Property(x => x.UserAgent).HasMaxLength(512);
    }
}
