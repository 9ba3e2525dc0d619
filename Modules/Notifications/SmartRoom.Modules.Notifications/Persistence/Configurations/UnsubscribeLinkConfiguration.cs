using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.Notifications.Persistence.Configurations;

internal sealed class UnsubscribeLinkConfiguration : IEntityTypeConfiguration<UnsubscribeLink>
{
    public void Configure(EntityTypeBuilder<UnsubscribeLink> builder)
    {
        builder.ToTable("UnsubscribeLinks");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.TokenHash).HasMaxLength(64);
        builder.HasIndex(x => x.TokenHash).IsUnique();
        builder.Property(x => x.Category).HasMaxLength(40);
    }
}
