using SmartRoom.BuildingBlocks.Persistence;
using SmartRoom.Modules.Identity.Persistence.Configurations;

namespace SmartRoom.Modules.Identity.Persistence;

/// <summary>Accounts, roles, sessions, sign-in records and the admin audit, in schema <c>identity</c>.</summary>
internal class IdentityDbContext(DbContextOptions options)
    : Microsoft.AspNetCore.Identity.EntityFrameworkCore.IdentityDbContext<User, Role, Guid>(options)
{
    public const string Schema = "identity";

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<SignInAttempt> SignInAttempts => Set<SignInAttempt>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseModuleConventions(Database);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsBeside<UserConfiguration>();
        builder.UseModuleSchema(Database, Schema);
    }
}
