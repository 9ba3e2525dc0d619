using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.Identity.Persistence.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> b)
    {
        b.ToTable("Users");
        b.Property(x => x.DisplayName).HasMaxLength(100);
        // Identity checks uniqueness in code; the index makes it hold under concurrent registrations too.
        b.HasIndex(x => x.NormalizedEmail).IsUnique();
        b.Property(x => x.ZipCode).HasMaxLength(20);
        b.Property(x => x.LastTotpCode).HasMaxLength(10);
    }
}
