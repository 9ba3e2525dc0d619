using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Content.Persistence.Configurations;

internal sealed class TestimonialConfiguration() : TableConfiguration<Testimonial>("Testimonials")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Testimonial> builder)
    {
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.AuthorEmail).HasMaxLength(256);
        builder.Property(x => x.Quote).HasMaxLength(2000);
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.Property(x => x.Company).HasMaxLength(200);
        builder.Property(x => x.Reason).HasMaxLength(2000);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasIndex(x => new { x.Status, x.Featured, x.Position });
        builder.HasIndex(x => x.AuthorId);
    }
}
