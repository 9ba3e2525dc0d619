using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Privacy.Persistence.Configurations;

internal sealed class PolicyAcceptanceConfiguration() : TableConfiguration<PolicyAcceptance>("PolicyAcceptances")
{
    protected override void ConfigureEntity(EntityTypeBuilder<PolicyAcceptance> builder)
    {
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.IpAddress).HasMaxLength(64);
        builder.Property(x => x.UserAgent).HasMaxLength(512);
        builder.Property(x => x.TextHash).HasMaxLength(64);
        // One acceptance per person and version (accepting twice adds nothing); the gate's per-request lookup
        // ("the latest version this person accepted") reads this index alone.
        builder.HasIndex(x => new { x.UserId, x.PolicyNumber }).IsUnique();
    }
}
