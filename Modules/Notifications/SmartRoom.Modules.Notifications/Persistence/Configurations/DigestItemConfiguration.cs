using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Notifications.Persistence.Configurations;

internal sealed class DigestItemConfiguration() : TableConfiguration<DigestItem>("DigestItems")
{
    protected override void ConfigureEntity(EntityTypeBuilder<DigestItem> builder)
    {
        builder.Property(x => x.DeduplicationKey).HasMaxLength(400);
        builder.HasIndex(x => x.DeduplicationKey).IsUnique();
        builder.HasIndex(x => new { x.SentAt, x.UserId });
        builder.Property(x => x.Email).HasMaxLength(256);
        builder.Property(x => x.DisplayName).HasMaxLength(100);
        builder.Property(x => x.Category).HasMaxLength(40);
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.Property(x => x.Body).HasMaxLength(2000);
    }
}
