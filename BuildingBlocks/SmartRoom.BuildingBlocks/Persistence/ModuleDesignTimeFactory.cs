using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SmartRoom.BuildingBlocks.Persistence;

/// <summary>
/// What <c>dotnet ef</c> uses to create one provider's context of a module, offline (no server is contacted).
/// EF finds design-time factories by looking for constructible types that implement
/// <see cref="IDesignTimeDbContextFactory{TContext}"/> for the context asked for, so each provider context
/// still needs a concrete factory type; with this base it is one line:
/// <code>internal sealed class DealRoomsSqliteDesignTimeFactory() : ModuleDesignTimeFactory&lt;DealRoomsSqliteDbContext&gt;(DatabaseProvider.Sqlite, DealRoomsDbContext.Schema);</code>
/// </summary>
public abstract class ModuleDesignTimeFactory<TContext>(DatabaseProvider provider, string schema) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) =>
        ModuleDbContexts.Create<TContext>(ModuleDbContexts.DesignTimeOptions<TContext>(provider, schema));
}
