using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using netDumbster.smtp;

/// <summary>
/// `dotnet run -c Release --project bench/SmartRoom.Bench -- policy-notices [count]`: <c>count</c> (default
/// 100,000) active subjects written straight into Privacy's copy of accounts, one material policy notice run due
/// now, and the host's own Hangfire server running <c>privacy:policy-change-notices</c> (every minute here) until
/// the local SMTP server has a notice for each. Then the same again in a fresh data directory, with the host
/// killed (SIGKILL) a third of the way through and started again on the same data: each address must end with
/// exactly one notice.
/// </summary>
internal static class PolicyNoticesBench
{
    public static async Task<int> RunAsync(string hostDll, int count)
    {
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; {count:N0} recipients");
        var clean = await RunOnceAsync(hostDll, count, killAtFraction: null);
        var killed = await RunOnceAsync(hostDll, count, killAtFraction: 1.0 / 3);
        return clean && killed ? 0 : 1;
    }

    private static async Task<bool> RunOnceAsync(string hostDll, int count, double? killAtFraction)
    {
        using var smtp = Configuration.Configure().WithAddress(System.Net.IPAddress.Loopback).WithRandomPort().Build();
        var received = new ConcurrentDictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        // Only the notices go to the seeded addresses.
        smtp.MessageReceived += (_, e) => received.AddOrUpdate(e.Message.ToAddresses[0].Address, 1, (_, n) => n + 1);
        var data = Directory.CreateTempSubdirectory("smartroom-notices").FullName;
        // Outside Development the host needs a master key from configuration; the restart gets the same one.
        var masterKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var host = await StartHostAsync(hostDll, data, smtp.Configuration.Port, masterKey);
        try
        {
            var seed = Stopwatch.StartNew();
            var addresses = await SeedAsync(Path.Combine(data, "smartroom.db"), count);
            Console.WriteLine($"  {count:N0} subjects and a due run written in {seed.Elapsed.TotalSeconds:0.0} s; waiting for the job's next minute");

            Stopwatch? sending = null;
            var killed = false;
            var deadline = DateTime.UtcNow.AddMinutes(30);
            while (addresses.Count(a => received.ContainsKey(a)) < count && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
                if (sending is null && !received.IsEmpty)
                {
                    sending = Stopwatch.StartNew();
                }

                if (killAtFraction is { } fraction && !killed && received.Count >= count * fraction)
                {
                    host.Kill(); // SIGKILL: no shutdown, no flush
                    await host.WaitForExitAsync();
                    killed = true;
                    Console.WriteLine($"  host killed after {received.Count:N0} notices at the SMTP server; starting it again on the same data");
                    host = await StartHostAsync(hostDll, data, smtp.Configuration.Port, masterKey);
                }

                // netDumbster keeps every message in memory: the counts above are all this needs.
                if (smtp.ReceivedEmailCount > 1000)
                {
                    smtp.ClearReceivedEmail();
                }
            }

            var elapsed = sending?.Elapsed ?? TimeSpan.Zero;
            var reached = addresses.Count(a => received.ContainsKey(a));
            var twice = addresses.Count(a => received.TryGetValue(a, out var n) && n > 1);
            var label = killAtFraction is null ? "clean run" : "killed and restarted";
            Console.WriteLine($"policy notices ({label}): {reached:N0} of {count:N0} addresses reached in {elapsed.TotalSeconds:0.0} s " +
                $"= {reached / Math.Max(elapsed.TotalSeconds, 0.001):0.0} mails/s (first to last notice at the SMTP server); " +
                $"{twice:N0} addresses received more than one, {count - reached:N0} none");
            return reached == count && twice == 0;
        }
        finally
        {
            if (!host.HasExited)
            {
                host.Kill(entireProcessTree: true);
                await host.WaitForExitAsync();
            }

            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>Active subjects (confirmed, not locked) and a run of a material version that is due now, straight into the tables.</summary>
    private static async Task<List<string>> SeedAsync(string database, int count)
    {
        var addresses = new List<string>(count);
        await using var connection = new SqliteConnection($"Data Source={database};Default Timeout=60");
        await connection.OpenAsync();
        var now = Binary(DateTimeOffset.UtcNow);
        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync())
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO privacy_Subjects (Id, Email, DisplayName, ContactUpdatedAt, EmailConfirmed, Roles, RolesUpdatedAt, LockedUntil, LockUpdatedAt, FirstSeenAt) " +
                "VALUES ($id, $email, $name, $now, 1, '', $now, NULL, $now, $now)";
            var id = insert.Parameters.Add("$id", SqliteType.Text);
            var email = insert.Parameters.Add("$email", SqliteType.Text);
            var name = insert.Parameters.Add("$name", SqliteType.Text);
            insert.Parameters.AddWithValue("$now", now);
            for (var i = 0; i < count; i++)
            {
                var address = $"subject{i.ToString(CultureInfo.InvariantCulture)}@bench.test";
                addresses.Add(address);
                id.Value = Guid.CreateVersion7().ToString().ToUpperInvariant();
                email.Value = address;
                name.Value = $"Subject {i.ToString(CultureInfo.InvariantCulture)}";
                await insert.ExecuteNonQueryAsync();
            }

            await using var run = connection.CreateCommand();
            run.Transaction = transaction;
            run.CommandText = "INSERT INTO privacy_PolicyNoticeRuns (Id, PolicyVersionId, Version, EffectiveAt, Summary, NotifyFrom, Status, Checkpoint, Recipients, Dispatched, Batches, CreatedAt) " +
                "VALUES ($id, $version, 2, $effective, 'Sign-in records are now kept for 90 days.', $now, 'Scheduled', 0, 0, 0, 0, $now)";
            run.Parameters.AddWithValue("$id", Guid.CreateVersion7().ToString().ToUpperInvariant());
            run.Parameters.AddWithValue("$version", Guid.CreateVersion7().ToString().ToUpperInvariant());
            run.Parameters.AddWithValue("$effective", Binary(DateTimeOffset.UtcNow.AddDays(30)));
            run.Parameters.AddWithValue("$now", now);
            await run.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }

        return addresses;
    }

    /// <summary>EF Core's DateTimeOffsetToBinaryConverter for a UTC time, as the host stores times on SQLite.</summary>
    private static long Binary(DateTimeOffset utc) => (utc.UtcTicks / 1000) << 11;

    private static async Task<Process> StartHostAsync(string hostDll, string data, int smtpPort, string masterKey)
    {
        const int port = 5199;
        var host = Process.Start(new ProcessStartInfo("dotnet", hostDll)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                ["Logging__LogLevel__Default"] = "Warning",
                ["SmartRoom__RequireHttps"] = "false",
                ["SmartRoom__DataDirectory"] = data,
                ["SmartRoom__Encryption__MasterKey"] = masterKey,
                ["SmartRoom__Email__Smtp__Host"] = "127.0.0.1",
                ["SmartRoom__Email__Smtp__Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
                ["SmartRoom__Email__Smtp__Security"] = "None",
                ["SmartRoom__Bootstrap__AdminEmail"] = "admin@bench.test",
                ["SmartRoom__Bootstrap__AdminPassword"] = "copper heron lantern drifting",
                ["SmartRoom__Privacy__PolicyNotices__Cron"] = "* * * * *",
            },
        })!;
        host.OutputDataReceived += (_, _) => { };
        host.ErrorDataReceived += (_, _) => { };
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        for (var i = 0; i < 1200; i++)
        {
            try
            {
                if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The host did not become ready.");
    }
}
