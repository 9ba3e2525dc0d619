using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Content.Persistence.Configurations;

internal sealed class CommentReportConfiguration() : TableConfiguration<CommentReport>("CommentReports")
{
    protected override void ConfigureEntity(EntityTypeBuilder<CommentReport> builder)
    {
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Reason).HasMaxLength(CommentText.MaxReason);
        // One report per account and comment, held by the database when two arrive at once.
        builder.HasIndex(x => new { x.CommentId, x.ReporterId }).IsUnique();
        builder.HasIndex(x => x.ReporterId);
    }
}
