using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.Notifications.Persistence.Configurations;

internal sealed class SuppressedAddressConfiguration : IEntityTypeConfiguration<SuppressedAddress>
{
    public void Configure(EntityTypeBuilder<SuppressedAddress> builder)
    {
        builder.ToTable("SuppressedAddresses");
        builder.HasKey(x => x.Address);
        builder.Property(x => x.Address).HasMaxLength(256);
        builder.Property(x => x.Reason).HasMaxLength(1000);
    }
}
