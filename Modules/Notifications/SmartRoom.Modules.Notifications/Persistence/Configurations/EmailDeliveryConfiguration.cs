using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Notifications.Persistence.Configurations;

internal sealed class EmailDeliveryConfiguration() : TableConfiguration<EmailDelivery>("EmailDeliveries")
{
    protected override void ConfigureEntity(EntityTypeBuilder<EmailDelivery> builder)
    {
        builder.Property(x => x.DeduplicationKey).HasMaxLength(400);
        builder.HasIndex(x => x.DeduplicationKey).IsUnique();
        builder.Property(x => x.Template).HasMaxLength(100);
        builder.Property(x => x.To).HasMaxLength(256);
        builder.Property(x => x.Subject).HasMaxLength(300);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.LastError).HasMaxLength(1000);
        builder.Property(x => x.ProviderMessageId).HasMaxLength(300);
        builder.HasIndex(x => new { x.Status, x.NextAttemptAt });
        builder.Property(x => x.Category).HasMaxLength(40);
        builder.Property(x => x.UnsubscribeUrl).HasMaxLength(500);
        builder.HasIndex(x => x.To);
    }
}
