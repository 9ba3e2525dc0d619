using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.DealRooms.Persistence.Configurations;

internal sealed class DocumentConfiguration() : TableConfiguration<Document>("Documents")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Document> b)
    {
        b.HasIndex(x => new { x.RoomId, x.FolderId });
        b.Property(x => x.Name).HasMaxLength(255);
    }
}
