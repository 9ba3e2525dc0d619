using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Content.Persistence.Configurations;

internal sealed class ContentImageConfiguration() : TableConfiguration<ContentImage>("Images")
{
    protected override void ConfigureEntity(EntityTypeBuilder<ContentImage> builder)
    {
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.ContentType).HasMaxLength(40);
        builder.Property(x => x.Sha256).HasMaxLength(64);
        builder.Property(x => x.BlobName).HasMaxLength(64);
    }
}
