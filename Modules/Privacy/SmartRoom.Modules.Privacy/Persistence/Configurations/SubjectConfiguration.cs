using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Privacy.Persistence.Configurations;

internal sealed class SubjectConfiguration() : TableConfiguration<Subject>("Subjects")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Subject> builder)
    {
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Email).HasMaxLength(256);
        builder.Property(x => x.DisplayName).HasMaxLength(200);
        builder.Property(x => x.Roles).HasMaxLength(200);
        builder.HasIndex(x => x.Email);
    }
}
