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
    public static TheoryData<string> Contexts()
    {
        var data = new TheoryData<string>();
        foreach (var factory in Factories())
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
        modules.ShouldBe(["DealRooms", "Identity", "Notifications", "Platform"], ignoreOrder: true);
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
    [MemberData(nameof(Contexts))]
    public void SQL_Server_migration_scripts_parse_as_T_SQL(string factoryName)
    {
        if (!factoryName.Contains("SqlServer", StringComparison.Ordinal))
        {
            return;
        }

        using var context = Create(factoryName);
        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var parser = new TSql170Parser(initialQuotedIdentifiers: true);
        parser.Parse(new StringReader(script), out var errors);

        errors.Select(e => $"line {e.Line}: {e.Message}").ShouldBeEmpty();
        script.ShouldContain("CREATE TABLE");
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
