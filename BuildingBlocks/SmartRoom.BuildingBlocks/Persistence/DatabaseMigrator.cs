using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SmartRoom.BuildingBlocks.Persistence;

/// <summary>
/// Applies every module's migrations at start-up (before Wolverine and Hangfire start, so their tables
/// sit beside ready module tables). Switch off with <c>SmartRoom:Database:ApplyMigrationsOnStartup=false</c>.
/// </summary>
internal sealed partial class DatabaseMigrator(
    IServiceProvider services,
    DatabaseOptions database,
    IEnumerable<ModuleDbContextRegistration> contexts,
    ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            await EnableSqliteWriteAheadLogAsync(database.ConnectionString, cancellationToken);
        }

        if (!database.ApplyMigrationsOnStartup)
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        foreach (var registration in contexts)
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(registration.ContextType);
            await context.Database.MigrateAsync(cancellationToken);
            LogMigrated(registration.Schema);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>WAL lets readers, the outbox poller and writers share the file without "database is locked".</summary>
    internal static async Task EnableSqliteWriteAheadLogAsync(string connectionString, CancellationToken ct)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } file && !file.Equals(":memory:", StringComparison.Ordinal))
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(file));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }
        }

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Schema {Schema} is up to date")]
    private partial void LogMigrated(string schema);
}
