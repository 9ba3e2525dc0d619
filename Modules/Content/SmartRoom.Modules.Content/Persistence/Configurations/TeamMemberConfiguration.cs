using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Content.Persistence.Configurations;

internal sealed class TeamMemberConfiguration() : TableConfiguration<TeamMember>("TeamMembers")
{
    protected override void ConfigureEntity(EntityTypeBuilder<TeamMember> builder)
    {
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Email).HasMaxLength(256);
        builder.Property(x => x.DisplayName).HasMaxLength(200);
        builder.HasIndex(x => x.IsMarketing);
    }
}
