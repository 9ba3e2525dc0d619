using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace SmartRoom.IntegrationTests.Schema;

/// <summary>
/// Offline checks of every module context on every provider: no model change lacks a migration, and the
/// SQL Server scripts parse as T-SQL (no SQL Server runs here).
/// </summary>
[Trait("Category", "Schema")]
public sealed class MigrationTests
{
    public static TheoryData<string> Contexts() => Data(Factories());

    /// <summary>Only the SQL Server factories: a case is a script that is parsed, never one that returns early.</summary>
    public static TheoryData<string> SqlServerContexts() =>
        Data(Factories().Where(f => f.Name.EndsWith("SqlServerDesignTimeFactory", StringComparison.Ordinal)));

    private static TheoryData<string> Data(IEnumerable<Type> factories)
    {
        var data = new TheoryData<string>();
        foreach (var factory in factories)
        {
            data.Add(factory.Name);
        }

        return data;
    }

    [Fact]
    public void Every_module_context_has_a_design_time_factory_per_provider()
    {
        const string sqlite = "SqliteDesignTimeFactory";
        var names = Factories().Select(f => f.Name).ToList();
        var modules = names.Where(n => n.EndsWith(sqlite, StringComparison.Ordinal)).Select(n => n[..^sqlite.Length]).ToList();
        modules.ShouldBe(["DealRooms", "Identity", "Notifications", "Platform", "Privacy", "Messaging", "Content"], ignoreOrder: true);
        SqlServerContexts().Count.ShouldBe(modules.Count, "one T-SQL case per module context");
        foreach (var module in modules)
        {
            names.ShouldContain(module + "PostgresDesignTimeFactory");
            names.ShouldContain(module + "SqlServerDesignTimeFactory");
        }
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void The_model_has_no_changes_without_a_migration(string factoryName)
    {
        using var context = Create(factoryName);

        context.Database.HasPendingModelChanges().ShouldBeFalse(
            $"{context.GetType().Name} has model changes without a migration: run scripts/add-migration.sh <Name>");
        context.Database.GetMigrations().ShouldNotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(SqlServerContexts))]
    public void SQL_Server_migration_scripts_parse_as_T_SQL(string factoryName)
    {
        using var context = Create(factoryName);
        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var parser = new TSql170Parser(initialQuotedIdentifiers: true);
        parser.Parse(new StringReader(script), out var errors);

        errors.Select(e => $"line {e.Line}: {e.Message}").ShouldBeEmpty();
        script.ShouldContain("CREATE TABLE");
    }

    [Fact]
    public async Task Upgrading_moves_the_key_ring_from_the_identity_schema_to_the_platform()
    {
        var file = Path.Combine(Path.GetTempPath(), $"sr-upgrade-{Guid.NewGuid():N}.db");
        var database = new SmartRoom.BuildingBlocks.Persistence.DatabaseOptions
        {
            Provider = SmartRoom.BuildingBlocks.Persistence.DatabaseProvider.Sqlite,
            ConnectionString = $"Data Source={file};Pooling=false",
        };
        try
        {
            // As the start-up migrator does: the platform first, then the module.
            using (var platform = Context<SmartRoom.BuildingBlocks.Platform.PlatformSqliteDbContext>(database, "platform"))
            {
                await platform.Database.MigrateAsync();
            }

            using var identity = Context<SmartRoom.Modules.Identity.Persistence.IdentitySqliteDbContext>(database, "identity");
            var migrations = identity.Database.GetMigrations().ToList();
            var move = migrations.FindIndex(m => m.EndsWith("_MoveKeyRingToPlatform", StringComparison.Ordinal));
            move.ShouldBeGreaterThan(0);
            await identity.GetService<IMigrator>().MigrateAsync(migrations[move - 1]);
            await identity.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"identity_DataProtectionKeys\" (\"FriendlyName\", \"Xml\") VALUES ('key-from-before', '<key id=\"k\"/>')");

            await identity.Database.MigrateAsync();

            var carried = await identity.Database.SqlQueryRaw<string>(
                "SELECT \"Xml\" AS \"Value\" FROM \"platform_DataProtectionKeys\" WHERE \"FriendlyName\" = 'key-from-before'").ToListAsync();
            carried.ShouldBe(["<key id=\"k\"/>"]);
            (await identity.Database.SqlQueryRaw<long>(
                "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE name = 'identity_DataProtectionKeys'").SingleAsync()).ShouldBe(0);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    private static T Context<T>(SmartRoom.BuildingBlocks.Persistence.DatabaseOptions database, string schema)
        where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        SmartRoom.BuildingBlocks.Persistence.ModuleDbContexts.Configure(builder, database, schema);
        return (T)Activator.CreateInstance(typeof(T), builder.Options)!;
    }

    private static IEnumerable<Type> Factories() =>
        typeof(Program).Assembly.GetReferencedAssemblies()
            .Where(a => (a.Name!.StartsWith("SmartRoom.Modules.", StringComparison.Ordinal) || a.Name == "SmartRoom.BuildingBlocks")
                        && !a.Name.EndsWith(".Contracts", StringComparison.Ordinal))
            .Select(Assembly.Load)
            .SelectMany(a => a.GetTypes())
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>)))
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    private static DbContext Create(string factoryName)
    {
        var factory = Factories().Single(t => t.Name == factoryName);
        var instance = Activator.CreateInstance(factory)!;
        return (DbContext)factory.GetMethod("CreateDbContext")!.Invoke(instance, [Array.Empty<string>()])!;
    }
}
