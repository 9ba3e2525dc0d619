using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.Messaging.Persistence.Configurations;

internal sealed class GroupQuestionLimitConfiguration : IEntityTypeConfiguration<GroupQuestionLimit>
{
    public void Configure(EntityTypeBuilder<GroupQuestionLimit> builder)
    {
        builder.ToTable("GroupQuestionLimits");
        builder.HasKey(x => new { x.RoomId, x.GroupId });
    }
}
