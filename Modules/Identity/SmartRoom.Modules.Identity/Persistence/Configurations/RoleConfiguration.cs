using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.Modules.Identity.Persistence.Configurations;

internal sealed class RoleConfiguration : IEntityTypeConfiguration<Role>
{
    public void Configure(EntityTypeBuilder<Role> b) => b.ToTable("Roles");
}
