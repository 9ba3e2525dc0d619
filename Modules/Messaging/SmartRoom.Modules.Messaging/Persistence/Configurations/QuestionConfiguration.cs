using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Messaging.Persistence.Configurations;

internal sealed class QuestionConfiguration() : TableConfiguration<Question>("Questions")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Question> builder)
    {
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Category).HasMaxLength(100);
        builder.Property(x => x.AnswerSha256).HasMaxLength(64);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Priority).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.FaqScope).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasIndex(x => new { x.RoomId, x.Number }).IsUnique();
        builder.HasIndex(x => new { x.RoomId, x.AskerGroupId, x.Status });
        builder.HasIndex(x => new { x.RoomId, x.Status, x.DueAt });
        builder.HasIndex(x => new { x.Status, x.DueAt });
    }
}
