using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Privacy.Persistence.Configurations;

internal sealed class BreachControllerNoticeConfiguration() : TableConfiguration<BreachControllerNotice>("BreachControllerNotices")
{
    protected override void ConfigureEntity(EntityTypeBuilder<BreachControllerNotice> builder)
    {
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Email).HasMaxLength(256);
        builder.Property(x => x.DisplayName).HasMaxLength(200);
        builder.Property(x => x.Delivery).HasMaxLength(16);
        builder.Property(x => x.DeliveryReason).HasMaxLength(500);
        builder.HasIndex(x => new { x.BreachId, x.UserId }).IsUnique();
    }
}
