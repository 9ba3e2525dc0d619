using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.Messaging.Persistence.Configurations;

internal sealed class QaExpertConfiguration : IEntityTypeConfiguration<QaExpert>
{
    public void Configure(EntityTypeBuilder<QaExpert> builder)
    {
        builder.ToTable("QaExperts");
        builder.HasKey(x => new { x.RoomId, x.UserId });
        builder.Property(x => x.Categories).HasMaxLength(4000);
    }
}
