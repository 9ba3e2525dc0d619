using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;

namespace SmartRoom.BuildingBlocks.Persistence;

public static class ModuleDbContexts
{
    /// <summary>
    /// Registers a module's DbContext: handlers inject <typeparamref name="TContext"/>, the instance is the
    /// provider-specific subclass that carries that provider's migrations.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TPostgres, TSqlServer>(
        this IServiceCollection services, DatabaseOptions database, string schema)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext
        where TSqlServer : TContext
    {
        _ = database.Provider switch
        {
            DatabaseProvider.Sqlite => services.AddDbContext<TContext, TSqlite>(o => Configure(o, database, schema)),
            DatabaseProvider.Postgres => services.AddDbContext<TContext, TPostgres>(o => Configure(o, database, schema)),
            DatabaseProvider.SqlServer => services.AddDbContext<TContext, TSqlServer>(o => Configure(o, database, schema)),
            _ => throw new InvalidOperationException($"Unknown provider {database.Provider}."),
        };
        services.AddSingleton(new ModuleDbContextRegistration(schema, typeof(TContext)));
        return services;
    }

    /// <summary>Provider, connection and a migrations history table kept in the module's own schema.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseOptions database, string schema) =>
        database.Provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(database.ConnectionString,
                x => x.MigrationsHistoryTable(SqliteTableName(schema, HistoryRepository.DefaultTableName))),
            DatabaseProvider.Postgres => options.UseNpgsql(database.ConnectionString,
                x => x.MigrationsHistoryTable(HistoryRepository.DefaultTableName, schema)),
            DatabaseProvider.SqlServer => options.UseSqlServer(database.ConnectionString,
                x => x.MigrationsHistoryTable(HistoryRepository.DefaultTableName, schema)),
            _ => throw new InvalidOperationException($"Unknown provider {database.Provider}."),
        };

    /// <summary>SQLite has no schemas: the module name becomes a table prefix.</summary>
    public static string SqliteTableName(string schema, string table) => $"{schema}_{table}";

    /// <summary>
    /// Call last in <c>OnModelCreating</c>: puts every table into the module's schema, or on SQLite
    /// prefixes every table name with it.
    /// </summary>
    public static void UseModuleSchema(this ModelBuilder modelBuilder, DatabaseFacade database, string schema)
    {
        if (!database.IsSqlite())
        {
            modelBuilder.HasDefaultSchema(schema);
            return;
        }

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.IsOwned() || entity.GetTableName() is not { } table || entity.BaseType is not null)
            {
                continue;
            }

            entity.SetSchema(null);
            entity.SetTableName(SqliteTableName(schema, table));
        }
    }

    /// <summary>
    /// Applies the <see cref="IEntityTypeConfiguration{TEntity}"/> classes that live in the namespace of
    /// <typeparamref name="TConfiguration"/> (a context's <c>Persistence/Configurations</c>), and no other context's.
    /// </summary>
    public static ModelBuilder ApplyConfigurationsBeside<TConfiguration>(this ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TConfiguration).Assembly, t => t.Namespace == typeof(TConfiguration).Namespace);

    /// <summary>
    /// Call from <c>ConfigureConventions</c>: on SQLite, instants are stored as sortable integers so that
    /// queries can compare and order them in SQL (SQLite has no date type).
    /// </summary>
    public static void UseModuleConventions(this ModelConfigurationBuilder configurationBuilder, DatabaseFacade database)
    {
        if (database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    /// <summary>Options for <c>dotnet ef</c> at design time: no server is contacted.</summary>
    public static DbContextOptions<T> DesignTimeOptions<T>(DatabaseProvider provider, string schema)
        where T : DbContext
    {
        var database = new DatabaseOptions
        {
            Provider = provider,
            ConnectionString = provider switch
            {
                DatabaseProvider.Sqlite => "Data Source=design-time.db",
                DatabaseProvider.Postgres => "Host=localhost;Database=smartroom;Username=design;Password=design",
                _ => "Server=localhost;Database=smartroom;Integrated Security=true;TrustServerCertificate=true",
            },
        };
        return Options<T>(database, schema);
    }

    /// <summary>The options <c>AddModuleDbContext</c> gives a context, for creating one outside DI.</summary>
    public static DbContextOptions<T> Options<T>(DatabaseOptions database, string schema)
        where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        Configure(builder, database, schema);
        return builder.Options;
    }

    /// <summary>
    /// A provider context created outside DI (design time, tools, tests): its constructor gets the options, and
    /// optional services it would take from DI keep their defaults.
    /// </summary>
    public static T Create<T>(DbContextOptions<T> options)
        where T : DbContext =>
        ActivatorUtilities.CreateInstance<T>(NoServices, options);

    /// <summary>A provider context on <paramref name="database"/>, in the module's <paramref name="schema"/>, outside DI.</summary>
    public static T Create<T>(DatabaseOptions database, string schema)
        where T : DbContext =>
        Create(Options<T>(database, schema));

    private static readonly IServiceProvider NoServices = new ServiceCollection().BuildServiceProvider();
}
