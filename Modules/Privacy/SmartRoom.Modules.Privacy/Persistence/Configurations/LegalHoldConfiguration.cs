using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Privacy.Persistence.Configurations;

internal sealed class LegalHoldConfiguration() : TableConfiguration<LegalHold>("LegalHolds")
{
    protected override void ConfigureEntity(EntityTypeBuilder<LegalHold> builder)
    {
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.ScopeKind).HasMaxLength(20);
        builder.Property(x => x.ScopeKey).HasMaxLength(100);
        builder.Property(x => x.Reason).HasMaxLength(2000);
        builder.Property(x => x.AuthorisedBy).HasMaxLength(200);
        builder.Property(x => x.ReleaseReason).HasMaxLength(2000);
        builder.Ignore(x => x.IsActive);
        builder.HasIndex(x => x.ReleasedAt);
    }
}
