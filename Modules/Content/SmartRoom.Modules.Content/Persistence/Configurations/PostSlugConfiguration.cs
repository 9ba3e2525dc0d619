using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.Content.Persistence.Configurations;

internal sealed class PostSlugConfiguration : IEntityTypeConfiguration<PostSlug>
{
    public void Configure(EntityTypeBuilder<PostSlug> builder)
    {
        builder.ToTable("PostSlugs");
        builder.HasKey(x => x.Slug);
        builder.Property(x => x.Slug).HasMaxLength(120);
        builder.HasIndex(x => x.PostId);
    }
}
