using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.Notifications.Persistence.Configurations;

internal sealed class PreferenceConfiguration : IEntityTypeConfiguration<Preference>
{
    public void Configure(EntityTypeBuilder<Preference> builder)
    {
        builder.ToTable("Preferences");
        builder.HasKey(x => new { x.UserId, x.Category });
        builder.Property(x => x.Category).HasMaxLength(40);
        builder.Property(x => x.Mode).HasConversion<string>().HasMaxLength(20);
    }
}
