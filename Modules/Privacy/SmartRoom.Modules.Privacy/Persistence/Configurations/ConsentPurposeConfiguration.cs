using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Privacy.Persistence.Configurations;

internal sealed class ConsentPurposeConfiguration() : TableConfiguration<ConsentPurpose>("ConsentPurposes")
{
    protected override void ConfigureEntity(EntityTypeBuilder<ConsentPurpose> builder)
    {
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Key).HasMaxLength(60);
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.Property(x => x.Text).HasMaxLength(10000);
        builder.Property(x => x.TextHash).HasMaxLength(64);
        builder.Property(x => x.Audience).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(x => new { x.Key, x.Version }).IsUnique();
    }
}
