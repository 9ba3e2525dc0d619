using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Persistence;
using SmartRoom.BuildingBlocks.Persistence.Configurations.Platform;

namespace SmartRoom.BuildingBlocks.Platform;

/// <summary>
/// What the platform itself keeps, in schema <c>platform</c>: the Data Protection key ring that every
/// module relies on (tokens, cookies, links). Its keys are stored encrypted with a key derived from the
/// master key (<see cref="Security.MasterKeyXmlEncryptor"/>), so this table alone unlocks nothing.
/// </summary>
internal class PlatformDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public const string Schema = "platform";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseModuleConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsBeside<DataProtectionKeyConfiguration>();
        modelBuilder.UseModuleSchema(Database, Schema);
    }
}
