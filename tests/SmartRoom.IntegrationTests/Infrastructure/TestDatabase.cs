using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Respawn;
using Respawn.Graph;

namespace SmartRoom.IntegrationTests.Infrastructure;

/// <summary>
/// A database of the fixture's own: a fresh SQLite file, or (when <c>SMARTROOM_TEST_POSTGRES</c> holds a
/// connection string) a fresh PostgreSQL database on that server. Respawn empties the module tables
/// between tests, keeping migration history and seeded roles.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "SMARTROOM_TEST_POSTGRES";

    private static readonly string[] ModuleSchemas = ["identity", "notifications", "dealrooms", "messaging", "privacy", "content"];
    private readonly string? _adminConnectionString;
    private Respawner? _respawner;

    private TestDatabase(string provider, string connectionString, string dataDirectory, string? adminConnectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
        DataDirectory = dataDirectory;
        _adminConnectionString = adminConnectionString;
    }

    public static bool OnPostgres => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable));

    public string Provider { get; }

    public string ConnectionString { get; }

    public string DataDirectory { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "smartroom-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            return new TestDatabase("Sqlite", $"Data Source={Path.Combine(dataDirectory, "smartroom.db")}", dataDirectory, null);
        }

        var name = "sr_" + Guid.NewGuid().ToString("N")[..16];
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = admin.CreateCommand();
            create.CommandText = $"CREATE DATABASE \"{name}\"";
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase("Postgres", builder.ConnectionString, dataDirectory, server);
    }

    public DbConnection OpenConnection()
    {
        DbConnection connection = Provider == "Sqlite" ? new SqliteConnection(ConnectionString) : new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Counts rows of a module table, e.g. <c>("identity", "Users")</c>.</summary>
    public async Task<long> CountAsync(string schema, string table)
    {
        await using var connection = OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = Provider == "Sqlite"
            ? $"SELECT COUNT(*) FROM \"{schema}_{table}\""
            : $"SELECT COUNT(*) FROM \"{schema}\".\"{table}\"";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Everything the database holds, as an attacker with a copy would read it: every row of every table in
    /// every schema (modules, platform, Wolverine's envelopes, Hangfire), text as is and binary columns
    /// both decoded as UTF-8 and as hex.
    /// </summary>
    public Task<string> DumpAsync() => DumpAsync(_ => true);

    /// <summary>
    /// As <see cref="DumpAsync()"/>, for the tables <paramref name="includeTable"/> picks by their unquoted name
    /// (<c>dealrooms_Rooms</c> on SQLite, <c>dealrooms.Rooms</c> on PostgreSQL); every row starts with its table
    /// and ends with <paramref name="rowEnd"/> (values may hold line breaks: pick another end to split rows apart).
    /// </summary>
    public async Task<string> DumpAsync(Func<string, bool> includeTable, char rowEnd = '\n')
    {
        await using var connection = OpenConnection();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = Provider == "Sqlite"
                ? "SELECT '\"' || name || '\"' FROM sqlite_master WHERE type = 'table'"
                : "SELECT '\"' || table_schema || '\".\"' || table_name || '\"' FROM information_schema.tables " +
                  "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new System.Text.StringBuilder();
        foreach (var table in tables.Where(t => includeTable(t.Replace("\"", "", StringComparison.Ordinal))))
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM {table}";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                dump.Append(table).Append('\t');
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.IsDBNull(i) ? null : reader.GetValue(i);
                    dump.Append(value switch
                    {
                        byte[] bytes => System.Text.Encoding.UTF8.GetString(bytes) + " " + Convert.ToHexString(bytes),
                        null => "",
                        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
                    }).Append('\t');
                }

                dump.Append(rowEnd);
            }
        }

        return dump.ToString();
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Empties every module table but migration history, seeded roles and the key ring.</summary>
    public async Task ResetAsync()
    {
        await using var connection = OpenConnection();
        _respawner ??= await Respawner.CreateAsync(connection, Provider == "Sqlite"
            ? new RespawnerOptions
            {
                DbAdapter = DbAdapter.Sqlite,
                TablesToInclude = (await SqliteModuleTablesAsync(connection)).Select(t => new Table(t)).ToArray(),
            }
            : new RespawnerOptions
            {
                DbAdapter = DbAdapter.Postgres,
                SchemasToInclude = ModuleSchemas,
                TablesToIgnore = KeptTables.Select(t => new Table(t)).ToArray(),
            });
        await _respawner.ResetAsync(connection);
    }

    private static readonly string[] KeptTables = ["__EFMigrationsHistory", "Roles", "DataProtectionKeys"];

    private static async Task<List<string>> SqliteModuleTablesAsync(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var name = reader.GetString(0);
            var schema = ModuleSchemas.FirstOrDefault(s => name.StartsWith(s + "_", StringComparison.Ordinal));
            if (schema is not null && !KeptTables.Contains(name[(schema.Length + 1)..]))
            {
                tables.Add(name);
            }
        }

        return tables;
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (_adminConnectionString is not null)
        {
            await using var admin = new NpgsqlConnection(_adminConnectionString);
            await admin.OpenAsync();
            await using var drop = admin.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(ConnectionString).Database}\" WITH (FORCE)";
            await drop.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing background task; the temp folder is cleaned by the OS.
        }
    }
}
