using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.Messaging.Persistence.Configurations;

internal sealed class QuestionLinkConfiguration : IEntityTypeConfiguration<QuestionLink>
{
    public void Configure(EntityTypeBuilder<QuestionLink> builder)
    {
        builder.ToTable("QuestionLinks");
        builder.HasKey(x => new { x.QuestionId, x.SimilarId });
        builder.HasIndex(x => x.RoomId);
    }
}
