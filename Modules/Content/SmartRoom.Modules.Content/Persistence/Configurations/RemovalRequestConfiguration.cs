using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Content.Persistence.Configurations;

internal sealed class RemovalRequestConfiguration() : TableConfiguration<RemovalRequest>("RemovalRequests")
{
    protected override void ConfigureEntity(EntityTypeBuilder<RemovalRequest> builder)
    {
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Url).HasMaxLength(ContentAddress.MaxLength);
        builder.Property(x => x.TargetKind).HasMaxLength(30);
        builder.Property(x => x.RequesterEmail).HasMaxLength(256);
        builder.Property(x => x.RequesterName).HasMaxLength(200);
        builder.Property(x => x.Reason).HasMaxLength(4000);
        builder.Property(x => x.DecisionReason).HasMaxLength(4000);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Ignore(x => x.IsOpen);
        builder.HasIndex(x => new { x.DecidedAt, x.DueAt });
        builder.HasIndex(x => new { x.TargetKind, x.TargetId });
        builder.HasIndex(x => x.RequesterId);
    }
}
