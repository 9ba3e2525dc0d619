using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRoom.BuildingBlocks.Persistence;

/// <summary>
/// Configuration of an entity that has a table of its own keyed by its <c>Id</c> property: the table and the key
/// are declared here once, the derived configuration adds its columns and indexes in <see cref="ConfigureEntity"/>.
/// Derived classes are found by <c>ApplyConfigurationsFromAssembly</c> like any other configuration.
/// </summary>
public abstract class TableConfiguration<TEntity>(string table) : IEntityTypeConfiguration<TEntity>
    where TEntity : class
{
    public void Configure(EntityTypeBuilder<TEntity> builder)
    {
        builder.ToTable(table);
        builder.HasKey("Id");
        ConfigureEntity(builder);
    }

    protected abstract void ConfigureEntity(EntityTypeBuilder<TEntity> builder);
}
