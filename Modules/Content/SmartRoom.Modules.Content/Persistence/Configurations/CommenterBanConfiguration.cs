using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Content.Persistence.Configurations;

internal sealed class CommenterBanConfiguration() : TableConfiguration<CommenterBan>("CommenterBans")
{
    protected override void ConfigureEntity(EntityTypeBuilder<CommenterBan> builder)
    {
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Reason).HasMaxLength(CommentText.MaxReason);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasIndex(x => x.UserId).IsUnique();
    }
}
