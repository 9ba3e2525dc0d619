using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.Content.Persistence.Configurations;

internal sealed class PostTagConfiguration : IEntityTypeConfiguration<PostTag>
{
    public void Configure(EntityTypeBuilder<PostTag> builder)
    {
        builder.ToTable("PostTags");
        builder.HasKey(x => new { x.PostId, x.Tag });
        builder.Property(x => x.Tag).HasMaxLength(60);
        builder.Property(x => x.Name).HasMaxLength(60);
        builder.HasIndex(x => x.Tag);
    }
}
