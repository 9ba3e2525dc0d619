using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Content.Persistence.Configurations;

internal sealed class CommentConfiguration() : TableConfiguration<Comment>("Comments")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Comment> builder)
    {
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.AuthorName).HasMaxLength(200);
        builder.Property(x => x.BodyHash).HasMaxLength(64);
        builder.Property(x => x.AddressHash).HasMaxLength(64);
        builder.Property(x => x.ModerationReason).HasMaxLength(2000);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasIndex(x => new { x.PostId, x.Status, x.CreatedAt });
        builder.HasIndex(x => new { x.Status, x.CreatedAt });
        builder.HasIndex(x => new { x.AuthorId, x.CreatedAt });
        builder.HasIndex(x => new { x.AddressHash, x.CreatedAt });
        builder.HasIndex(x => new { x.BodyHash, x.CreatedAt });
    }
}
