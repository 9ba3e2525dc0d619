using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Privacy.Persistence.Configurations;

internal sealed class BreachEntryConfiguration() : TableConfiguration<BreachEntry>("BreachEntries")
{
    protected override void ConfigureEntity(EntityTypeBuilder<BreachEntry> builder)
    {
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Kind).HasMaxLength(32);
        builder.Property(x => x.Note).HasMaxLength(4000);
        builder.Property(x => x.Changed).HasMaxLength(400);
        builder.Property(x => x.Reference).HasMaxLength(32);
        builder.Property(x => x.Nature).HasMaxLength(4000);
        builder.Property(x => x.Categories).HasMaxLength(4000);
        builder.Property(x => x.Consequences).HasMaxLength(4000);
        builder.Property(x => x.Measures).HasMaxLength(4000);
        builder.Property(x => x.DpoContact).HasMaxLength(500);
        builder.Property(x => x.Role).HasMaxLength(16);
        builder.Property(x => x.NotNotifiableReason).HasMaxLength(4000);
        builder.Property(x => x.RegulatorReference).HasMaxLength(200);
        builder.Property(x => x.RegulatorAuthority).HasMaxLength(200);
        builder.Property(x => x.Outcome).HasMaxLength(4000);
        builder.Property(x => x.DelayReason).HasMaxLength(4000);
        builder.Ignore(x => x.CategoryList);

        // The history is append-only: two changes cannot both become entry n.
        builder.HasIndex(x => new { x.BreachId, x.Seq }).IsUnique();
    }
}
