using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.Privacy.Persistence.Configurations;

internal sealed class RetentionRunCategoryConfiguration : IEntityTypeConfiguration<RetentionRunCategory>
{
    public void Configure(EntityTypeBuilder<RetentionRunCategory> builder)
    {
        builder.ToTable("RetentionRunCategories");
        builder.HasKey(x => new { x.RunId, x.Category });
        builder.Property(x => x.Category).HasMaxLength(100);
        builder.Property(x => x.Module).HasMaxLength(50);
        builder.Property(x => x.Status).HasMaxLength(20);
        builder.HasOne<RetentionRun>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
