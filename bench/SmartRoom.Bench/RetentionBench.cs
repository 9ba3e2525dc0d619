// Retention sweep of 1,000,000 expired sign-in records through the real path: the host's nightly job (its
// schedule set to every minute) sends PurgeExpired, Identity deletes in one statement, Privacy records the
// answer. Held rows (people under a legal hold) are counted and kept. Next to it, the anchor: a bare
// DELETE … WHERE on the same table, same rows, same database.
//   SQLite:     dotnet run -c Release --project bench/SmartRoom.Bench -- retention
//   PostgreSQL: SMARTROOM_BENCH_POSTGRES="Host=…;Username=…;Password=…" (a throwaway server: a database is created and dropped)
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

internal static class RetentionBench
{
    private const int Expired = 1_000_000;
    private const int HeldPeople = 10;
    private const int HeldPerPerson = 1_000;
    private const string AdminEmail = "admin@bench.test";
    private const string AdminPassword = "copper heron lantern drifting";
    private const int Port = 5199;

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>Outside Development the host needs a master key from its environment; one for this bench's hosts.</summary>
    private static readonly string MasterKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public static async Task<int> RunAsync(string hostDll)
    {
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        await RunOnAsync(hostDll, "Sqlite", null);
        if (Environment.GetEnvironmentVariable("SMARTROOM_BENCH_POSTGRES") is { Length: > 0 } server)
        {
            var database = "smartroom_retention_" + Guid.NewGuid().ToString("N")[..8];
            await ExecutePgAsync(server, $"CREATE DATABASE {database}");
            try
            {
                await RunOnAsync(hostDll, "Postgres", new NpgsqlConnectionStringBuilder(server) { Database = database, Pooling = false }.ConnectionString);
            }
            finally
            {
                NpgsqlConnection.ClearAllPools();
                await ExecutePgAsync(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            }
        }

        return 0;
    }

    private static async Task RunOnAsync(string hostDll, string provider, string? connectionString)
    {
        var data = Directory.CreateTempSubdirectory("smartroom-retention").FullName;
        connectionString ??= $"Data Source={Path.Combine(data, "smartroom.db")}";
        try
        {
            // 1. A host creates the schema; legal holds are placed on ten people through the API.
            var held = Enumerable.Range(0, HeldPeople).Select(_ => Guid.CreateVersion7()).ToList();
            await WithHostAsync(hostDll, provider, connectionString, data, null, async http =>
            {
                foreach (var person in held)
                {
                    var response = await http.PostAsJsonAsync("/api/admin/privacy/legal-holds", new
                    {
                        scope = new { kind = "user", id = person }, reason = "Bench hold", authorisedBy = "Bench", reviewAt = DateTimeOffset.UtcNow.AddDays(30),
                    });
                    response.EnsureSuccessStatusCode();
                }

                return 0;
            });

            // 2. The rows, written while no host runs (COPY on PostgreSQL, multi-row INSERTs in one transaction on SQLite).
            var now = DateTimeOffset.UtcNow;
            var insert = await InsertAsync(provider, connectionString, held, now);
            Console.WriteLine($"{provider}: inserted {Expired + HeldPeople * HeldPerPerson:N0} rows in {insert.TotalSeconds:0.0} s");

            // 3. The job runs on its own every minute; its first run is timed from the run's own record.
            var run = await WithHostAsync(hostDll, provider, connectionString, data, "* * * * *", WaitForRunAsync);
            var signIns = run.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "identity.sign-in-history");
            var started = run.GetProperty("startedAt").GetDateTimeOffset();
            var swept = signIns.GetProperty("completedAt").GetDateTimeOffset() - started;
            var purged = signIns.GetProperty("purged").GetInt64();
            Console.WriteLine($"{provider}: retention sweep purged {purged:N0}, held {signIns.GetProperty("held").GetInt64():N0} " +
                              $"in {swept.TotalSeconds:0.00} s ({purged / swept.TotalSeconds:N0} rows/s); whole run {(run.GetProperty("finishedAt").GetDateTimeOffset() - started).TotalSeconds:0.00} s");

            // 4. The anchor: the same rows again, removed by a bare DELETE … WHERE.
            await InsertAsync(provider, connectionString, held, now);
            var (deleted, bare) = await BareDeleteAsync(provider, connectionString, now.AddDays(-90));
            Console.WriteLine($"{provider}: bare DELETE … WHERE removed {deleted:N0} in {bare.TotalSeconds:0.00} s ({deleted / bare.TotalSeconds:N0} rows/s)");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task<JsonElement> WaitForRunAsync(HttpClient http)
    {
        for (var i = 0; i < 600; i++)
        {
            var runs = await http.GetFromJsonAsync<JsonElement>("/api/admin/privacy/retention/runs");
            var items = runs.GetProperty("items");
            if (items.GetArrayLength() > 0 && items[items.GetArrayLength() - 1] is var first && first.GetProperty("status").GetString() == "completed")
            {
                return first;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("No retention run finished within 5 minutes.");
    }

    private static async Task<T> WithHostAsync<T>(string hostDll, string provider, string connectionString, string data, string? schedule, Func<HttpClient, Task<T>> work)
    {
        var baseUrl = $"http://127.0.0.1:{Port}";
        var start = new ProcessStartInfo("dotnet", hostDll) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = baseUrl;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["SmartRoom__RequireHttps"] = "false";
        start.Environment["SmartRoom__DataDirectory"] = data;
        start.Environment["SmartRoom__Database__Provider"] = provider;
        start.Environment["ConnectionStrings__SmartRoom"] = connectionString;
        start.Environment["SmartRoom__Encryption__MasterKey"] = MasterKey;
        start.Environment["SmartRoom__Bootstrap__AdminEmail"] = AdminEmail;
        start.Environment["SmartRoom__Bootstrap__AdminPassword"] = AdminPassword;
        if (schedule is not null)
        {
            start.Environment["SmartRoom__Privacy__RetentionSchedule"] = schedule;
        }

        using var host = Process.Start(start)!;
        host.OutputDataReceived += (_, _) => { };
        host.ErrorDataReceived += (_, _) => { };
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(5) };
            await WaitReadyAsync(http);
            var login = await http.PostAsJsonAsync("/api/identity/login", new { email = AdminEmail, password = AdminPassword });
            login.EnsureSuccessStatusCode();
            var token = (await login.Content.ReadFromJsonAsync<JsonElement>(Web)).GetProperty("accessToken").GetString();
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            return await work(http);
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
        }
    }

    private static async Task WaitReadyAsync(HttpClient http)
    {
        for (var i = 0; i < 600; i++)
        {
            try
            {
                if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The host did not become ready.");
    }

    /// <summary>1,000,000 sign-ins of strangers 91–455 days old, and 1,000 old ones for each held person.</summary>
    private static IEnumerable<(Guid Id, Guid? UserId, DateTimeOffset At)> Rows(List<Guid> held, DateTimeOffset now)
    {
        var random = new Random(42);
        for (var i = 0; i < Expired; i++)
        {
            yield return (Guid.CreateVersion7(), i % 4 == 0 ? null : Guid.CreateVersion7(), now.AddDays(-91 - random.Next(365)).AddSeconds(-random.Next(86_400)));
        }

        foreach (var person in held)
        {
            for (var i = 0; i < HeldPerPerson; i++)
            {
                yield return (Guid.CreateVersion7(), person, now.AddDays(-91 - random.Next(365)));
            }
        }
    }

    private static async Task<TimeSpan> InsertAsync(string provider, string connectionString, List<Guid> held, DateTimeOffset now)
    {
        var watch = Stopwatch.StartNew();
        if (provider == "Postgres")
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var copy = await connection.BeginBinaryImportAsync(
                "COPY identity.\"SignInAttempts\" (\"Id\", \"UserId\", \"Email\", \"OccurredAt\", \"Outcome\", \"IpAddress\", \"IpRange\", \"UserAgent\", \"Browser\", \"OperatingSystem\") FROM STDIN (FORMAT BINARY)");
            foreach (var (id, userId, at) in Rows(held, now))
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                if (userId is { } user)
                {
                    await copy.WriteAsync(user, NpgsqlDbType.Uuid);
                }
                else
                {
                    await copy.WriteNullAsync();
                }

                await copy.WriteAsync("someone@bench.test", NpgsqlDbType.Varchar);
                await copy.WriteAsync(at, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync("Succeeded", NpgsqlDbType.Varchar);
                await copy.WriteAsync("203.0.113.7", NpgsqlDbType.Varchar);
                await copy.WriteAsync("203.0.113.0/24", NpgsqlDbType.Varchar);
                await copy.WriteAsync("Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0", NpgsqlDbType.Varchar);
                await copy.WriteAsync("Firefox 133", NpgsqlDbType.Varchar);
                await copy.WriteAsync("Linux", NpgsqlDbType.Varchar);
            }

            await copy.CompleteAsync();
            return watch.Elapsed;
        }

        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            const int perStatement = 100;
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO identity_SignInAttempts (Id, UserId, Email, OccurredAt, Outcome, IpAddress, IpRange, UserAgent, Browser, OperatingSystem) VALUES " +
                                  string.Join(", ", Enumerable.Range(0, perStatement).Select(i =>
                                      $"($i{i}, $u{i}, 'someone@bench.test', $t{i}, 'Succeeded', '203.0.113.7', '203.0.113.0/24', 'Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0', 'Firefox 133', 'Linux')"));
            var parameters = Enumerable.Range(0, perStatement)
                .Select(i => (Id: command.Parameters.Add($"$i{i}", SqliteType.Text), User: command.Parameters.Add($"$u{i}", SqliteType.Text), At: command.Parameters.Add($"$t{i}", SqliteType.Integer)))
                .ToArray();
            await command.PrepareAsync();
            var n = 0;
            foreach (var (id, userId, at) in Rows(held, now))
            {
                // As EF Core stores them on SQLite: GUIDs as upper-case text, instants as DateTimeOffsetToBinaryConverter's integers.
                parameters[n].Id.Value = id.ToString().ToUpperInvariant();
                parameters[n].User.Value = userId is { } user ? user.ToString().ToUpperInvariant() : DBNull.Value;
                parameters[n].At.Value = Binary(at);
                if (++n == perStatement)
                {
                    await command.ExecuteNonQueryAsync();
                    n = 0;
                }
            }

            await transaction.CommitAsync();
        }

        return watch.Elapsed;
    }

    private static async Task<(long Deleted, TimeSpan Elapsed)> BareDeleteAsync(string provider, string connectionString, DateTimeOffset cutoff)
    {
        var watch = Stopwatch.StartNew();
        if (provider == "Postgres")
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("DELETE FROM identity.\"SignInAttempts\" WHERE \"OccurredAt\" < @cutoff", connection);
            command.Parameters.AddWithValue("cutoff", NpgsqlDbType.TimestampTz, cutoff);
            return (await command.ExecuteNonQueryAsync(), watch.Elapsed);
        }

        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM identity_SignInAttempts WHERE OccurredAt < $cutoff";
            command.Parameters.AddWithValue("$cutoff", Binary(cutoff));
            var deleted = await command.ExecuteNonQueryAsync();
            return (deleted, watch.Elapsed);
        }
    }

    private static long Binary(DateTimeOffset at) => ((at.UtcTicks / 1000) << 11) | ((long)at.Offset.TotalMinutes & 0x07FF);

    private static async Task ExecutePgAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
