using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.DealRooms.Persistence.Configurations;

internal sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    public void Configure(EntityTypeBuilder<DocumentVersion> b)
    {
        b.ToTable("DocumentVersions");
        b.HasKey(x => new { x.DocumentId, x.Version });
        b.Property(x => x.BlobName).HasMaxLength(64);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.ContentType).HasMaxLength(150);
        b.Property(x => x.KeyId).HasMaxLength(20);
        b.Property(x => x.WrappedKey).HasMaxLength(1024);
        b.Property(x => x.NoncePrefix).HasMaxLength(16);
    }
}
