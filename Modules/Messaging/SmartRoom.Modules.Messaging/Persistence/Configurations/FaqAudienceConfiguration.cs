using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.Messaging.Persistence.Configurations;

internal sealed class FaqAudienceConfiguration : IEntityTypeConfiguration<FaqAudience>
{
    public void Configure(EntityTypeBuilder<FaqAudience> builder)
    {
        builder.ToTable("FaqAudiences");
        builder.HasKey(x => new { x.QuestionId, x.GroupId });
        builder.HasIndex(x => x.GroupId);
    }
}
