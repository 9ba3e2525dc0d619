using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Messaging.Persistence.Configurations;

internal sealed class ConversationMessageConfiguration() : TableConfiguration<ConversationMessage>("Messages")
{
    protected override void ConfigureEntity(EntityTypeBuilder<ConversationMessage> builder)
    {
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.BodySha256).HasMaxLength(64);
        builder.HasIndex(x => new { x.ConversationId, x.CreatedAt });
        builder.HasIndex(x => new { x.ConversationId, x.Number }).IsUnique();
        builder.HasIndex(x => new { x.RoomId, x.CreatedAt });
    }
}
