using Microsoft.Extensions.Configuration;
using SmartRoom.BuildingBlocks.Configuration;

namespace SmartRoom.BuildingBlocks.Persistence;

/// <summary>
/// <c>SmartRoom:Database:Provider</c> picks the engine; server engines read <c>ConnectionStrings:SmartRoom</c>.
/// SQLite defaults to <c>smartroom.db</c> in the data directory.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "SmartRoom:Database";

    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    public required string ConnectionString { get; init; }

    /// <summary>Apply EF Core migrations at start-up (on by default; switch off where a release pipeline migrates).</summary>
    public bool ApplyMigrationsOnStartup { get; init; } = true;

    public static DatabaseOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var providerText = section["Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            throw new InvalidOperationException(
                $"SmartRoom:Database:Provider '{providerText}' is not one of Sqlite, Postgres, SqlServer.");
        }

        var connectionString = configuration.GetConnectionString("SmartRoom");
        if (provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(connectionString))
        {
            var dataDirectory = SmartRoomOptions.From(configuration).ResolveDataDirectory();
            Directory.CreateDirectory(dataDirectory);
            connectionString = $"Data Source={Path.Combine(dataDirectory, "smartroom.db")}";
        }

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:SmartRoom is required when SmartRoom:Database:Provider is {provider}.");
        }

        return new DatabaseOptions
        {
            Provider = provider,
            ConnectionString = connectionString,
            ApplyMigrationsOnStartup = section.GetValue("ApplyMigrationsOnStartup", true),
        };
    }
}
