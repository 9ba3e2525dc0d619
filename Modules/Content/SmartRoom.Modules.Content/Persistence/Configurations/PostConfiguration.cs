using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Content.Persistence.Configurations;

internal sealed class PostConfiguration() : TableConfiguration<Post>("Posts")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Post> builder)
    {
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Slug).HasMaxLength(120);
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.Property(x => x.Summary).HasMaxLength(500);
        builder.Property(x => x.AuthorName).HasMaxLength(200);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasIndex(x => x.Slug).IsUnique();
        builder.HasIndex(x => new { x.Status, x.PublishedAt });
        builder.HasIndex(x => new { x.Status, x.PublishAt });
        builder.HasIndex(x => new { x.UpdatedAt, x.Version }); // the blog's stamp (BlogStamp), read without the texts
        builder.HasMany(x => x.Tags).WithOne().HasForeignKey(t => t.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}
