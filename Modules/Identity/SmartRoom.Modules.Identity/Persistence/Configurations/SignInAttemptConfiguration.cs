using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Identity.Persistence.Configurations;

internal sealed class SignInAttemptConfiguration() : TableConfiguration<SignInAttempt>("SignInAttempts")
{
    protected override void ConfigureEntity(EntityTypeBuilder<SignInAttempt> b)
    {
        b.HasIndex(x => new { x.UserId, x.OccurredAt });
        b.Property(x => x.Email).HasMaxLength(256);
        b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.IpAddress).HasMaxLength(64);
        b.Property(x => x.IpRange).HasMaxLength(64);
        b.Property(x => x.UserAgent).HasMaxLength(512);
        b.Property(x => x.Browser).HasMaxLength(60);
        b.Property(x => x.OperatingSystem).HasMaxLength(60);
    }
}
