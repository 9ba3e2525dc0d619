using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Persistence;
using SmartRoom.Modules.Identity.Domain;

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
        builder.Entity<User>(u =>
        {
            u.Property(x => x.DisplayName).HasMaxLength(100);
            // Identity checks uniqueness in code; the index makes it hold under concurrent registrations too.
            u.HasIndex(x => x.NormalizedEmail).IsUnique();
            u.Property(x => x.ZipCode).HasMaxLength(20);
            u.Property(x => x.LastTotpCode).HasMaxLength(10);
        });
        builder.Entity<Session>(s =>
        {
            s.ToTable("Sessions");
            s.HasKey(x => x.Id);
            s.HasIndex(x => x.UserId);
            s.Property(x => x.RevokedReason).HasMaxLength(100);
            s.Property(x => x.IpAddress).HasMaxLength(64);
            s.Property(x => x.UserAgent).HasMaxLength(512);
        });
        builder.Entity<SignInAttempt>(a =>
        {
            a.ToTable("SignInAttempts");
            a.HasKey(x => x.Id);
            a.HasIndex(x => new { x.UserId, x.OccurredAt });
            a.Property(x => x.Email).HasMaxLength(256);
            a.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(30);
            a.Property(x => x.IpAddress).HasMaxLength(64);
            a.Property(x => x.IpRange).HasMaxLength(64);
            a.Property(x => x.UserAgent).HasMaxLength(512);
            a.Property(x => x.Browser).HasMaxLength(60);
            a.Property(x => x.OperatingSystem).HasMaxLength(60);
        });
        builder.Entity<AuditEntry>(a =>
        {
            a.ToTable("AuditEntries");
            a.HasKey(x => x.Id);
            a.HasIndex(x => new { x.TargetUserId, x.OccurredAt });
            a.Property(x => x.Action).HasMaxLength(60);
            a.Property(x => x.IpAddress).HasMaxLength(64);
        });
        builder.Entity<User>().ToTable("Users");
        builder.Entity<Role>().ToTable("Roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("UserRoles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("UserClaims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("UserLogins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("UserTokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("RoleClaims");
        builder.UseModuleSchema(Database, Schema);
    }
}
