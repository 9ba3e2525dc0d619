using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Content.Persistence.Configurations;

internal sealed class TestimonialConsentConfiguration() : TableConfiguration<TestimonialConsent>("TestimonialConsents")
{
    protected override void ConfigureEntity(EntityTypeBuilder<TestimonialConsent> builder)
    {
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Text).HasMaxLength(10000);
        builder.Property(x => x.TextSha256).HasMaxLength(64);
        builder.Property(x => x.Method).HasMaxLength(40);
        builder.Property(x => x.IpAddress).HasMaxLength(64);
        builder.Property(x => x.UserAgent).HasMaxLength(512);
        builder.HasIndex(x => new { x.TestimonialId, x.GivenAt });
    }
}
