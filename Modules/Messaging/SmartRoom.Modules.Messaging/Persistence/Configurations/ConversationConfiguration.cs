using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Messaging.Persistence.Configurations;

internal sealed class ConversationConfiguration() : TableConfiguration<Conversation>("Conversations")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Conversation> builder)
    {
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasIndex(x => new { x.RoomId, x.LastMessageAt });
        builder.HasIndex(x => new { x.RoomId, x.StartedBy });
    }
}
