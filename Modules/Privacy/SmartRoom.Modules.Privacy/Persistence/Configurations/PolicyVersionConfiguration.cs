using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Privacy.Persistence.Configurations;

internal sealed class PolicyVersionConfiguration() : TableConfiguration<PolicyVersion>("PolicyVersions")
{
    protected override void ConfigureEntity(EntityTypeBuilder<PolicyVersion> builder)
    {
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.TextHash).HasMaxLength(64);
        builder.Property(x => x.Summary).HasMaxLength(2000);
        builder.Ignore(x => x.IsPublished);
        builder.HasIndex(x => x.Number).IsUnique();
    }
}
