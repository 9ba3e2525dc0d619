using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Notifications.Persistence.Configurations;

internal sealed class InAppNotificationConfiguration() : TableConfiguration<InAppNotification>("InAppNotifications")
{
    protected override void ConfigureEntity(EntityTypeBuilder<InAppNotification> builder)
    {
        builder.Property(x => x.DeduplicationKey).HasMaxLength(400);
        builder.HasIndex(x => x.DeduplicationKey).IsUnique();
        builder.HasIndex(x => new { x.UserId, x.ReadAt });
        builder.Property(x => x.Category).HasMaxLength(40);
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.Property(x => x.Body).HasMaxLength(2000);
    }
}
