using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.Notifications.Persistence.Configurations;

internal sealed class MarketingConsentConfiguration : IEntityTypeConfiguration<MarketingConsent>
{
    public void Configure(EntityTypeBuilder<MarketingConsent> builder)
    {
        builder.ToTable("MarketingConsents");
        builder.HasKey(x => x.UserId);
        builder.Property(x => x.UserId).ValueGeneratedNever();
        builder.Property(x => x.Email).HasMaxLength(256);
        builder.Property(x => x.DisplayName).HasMaxLength(200);
        builder.HasIndex(x => x.Granted);
    }
}
