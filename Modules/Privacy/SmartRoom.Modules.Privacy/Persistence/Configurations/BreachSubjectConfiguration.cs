using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Privacy.Persistence.Configurations;

internal sealed class BreachSubjectConfiguration() : TableConfiguration<BreachSubject>("BreachSubjects")
{
    protected override void ConfigureEntity(EntityTypeBuilder<BreachSubject> builder)
    {
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Email).HasMaxLength(256);
        builder.Property(x => x.DisplayName).HasMaxLength(200);
        builder.Property(x => x.Delivery).HasMaxLength(16);
        builder.Property(x => x.DeliveryReason).HasMaxLength(500);
        builder.HasIndex(x => new { x.BreachId, x.UserId }).IsUnique();
        builder.HasIndex(x => x.NoticeEventId).IsUnique();

        // Two concurrent "notify" calls cannot both claim a person: the second one's update finds the notice taken.
        builder.Property(x => x.NoticeEventId).IsConcurrencyToken();
    }
}
