using System.Globalization;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace SmartRoom.IntegrationTests.Infrastructure;

/// <summary>
/// What the host still does after its HTTP answer: Wolverine's envelopes in durable storage and Hangfire's
/// jobs. Negative checks ("no email", "no digest") wait until it is quiet; every test ends with no dead letter
/// and no failed job.
/// </summary>
public sealed class BackgroundWork(TestDatabase database, IServiceProvider services)
{
    /// <summary>How far ahead a scheduled retry still counts as work in flight.</summary>
    public static readonly TimeSpan DefaultHorizon = TimeSpan.FromSeconds(15);

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private JobStorage Jobs => services.GetRequiredService<JobStorage>();

    /// <summary>
    /// Waits until no envelope is incoming or outgoing, no scheduled one is due within <paramref name="horizon"/>,
    /// and no Hangfire job is enqueued, processing or due, and every "last seen" sighting is written; fails with
    /// what is still in flight after 60 s.
    /// </summary>
    public async Task WaitUntilQuietAsync(TimeSpan? horizon = null)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            await services.GetRequiredService<SmartRoom.Modules.DealRooms.Domain.LastSeenRecorder>().IdleAsync();
            var busy = await InFlightAsync(horizon ?? DefaultHorizon);
            if (busy.Count == 0)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Background work did not settle within 60 s: " + string.Join("; ", busy));
            }

            await Task.Delay(25);
        }
    }

    /// <summary>Fails when a message went to the dead-letter table, waits for a retry, or a Hangfire job failed.</summary>
    public async Task AssertNoFailuresAsync()
    {
        var failures = new List<string>();
        await using (var connection = database.OpenConnection())
        {
            await using var dead = connection.CreateCommand();
            dead.CommandText = $"SELECT message_type, exception_type, exception_message FROM {Table("wolverine_dead_letters")}";
            await using (var reader = await dead.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    failures.Add($"dead letter {Text(reader, 0)}: {Text(reader, 1)}: {Text(reader, 2)}");
                }
            }

            await using var retries = connection.CreateCommand();
            retries.CommandText = $"SELECT message_type, attempts FROM {Table("wolverine_incoming_envelopes")} WHERE status = 'Scheduled' AND attempts > 0";
            await using (var reader = await retries.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    failures.Add($"message {Text(reader, 0)} failed {Text(reader, 1)} time(s) and waits for a retry");
                }
            }
        }

        var monitoring = Jobs.GetMonitoringApi();
        foreach (var (id, job) in monitoring.FailedJobs(0, 100))
        {
            failures.Add($"Hangfire job {id} ({job.Job?.Type.Name}.{job.Job?.Method.Name}) failed: {job.ExceptionType}: {job.ExceptionMessage}");
        }

        failures.ShouldBeEmpty("background work failed:\n" + string.Join("\n", failures));
    }

    /// <summary>Empties Wolverine's envelope tables and deletes every Hangfire job that is not recurring.</summary>
    public async Task ResetAsync()
    {
        foreach (var table in new[] { "wolverine_incoming_envelopes", "wolverine_outgoing_envelopes", "wolverine_dead_letters" })
        {
            await database.ExecuteAsync($"DELETE FROM {Table(table)}");
        }

        var monitoring = Jobs.GetMonitoringApi();
        var ids = monitoring.FailedJobs(0, 1000).Select(j => j.Key)
            .Concat(monitoring.ScheduledJobs(0, 1000).Select(j => j.Key))
            .Concat(monitoring.Queues().SelectMany(q => monitoring.EnqueuedJobs(q.Name, 0, 1000)).Select(j => j.Key))
            .ToList();
        if (ids.Count > 0)
        {
            // Only when there is something to delete: Hangfire's client logs through a process-wide provider
            // that the host of another test class may have disposed already.
            var client = services.GetRequiredService<IBackgroundJobClient>();
            foreach (var id in ids)
            {
                client.Delete(id);
            }
        }
    }

    private async Task<List<string>> InFlightAsync(TimeSpan horizon)
    {
        var busy = new List<string>();
        var dueBy = DateTimeOffset.UtcNow + horizon;
        await using (var connection = database.OpenConnection())
        {
            await using var incoming = connection.CreateCommand();
            incoming.CommandText = $"SELECT status, execution_time, message_type FROM {Table("wolverine_incoming_envelopes")} WHERE status <> 'Handled'";
            await using (var reader = await incoming.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    var status = reader.GetString(0);
                    var at = reader.IsDBNull(1) ? (DateTimeOffset?)null : Moment(reader.GetValue(1));
                    if (status != "Scheduled" || at is null || at <= dueBy)
                    {
                        busy.Add($"{status} {reader.GetString(2)}" + (at is null ? "" : $" at {at:O}"));
                    }
                }
            }

            await using var outgoing = connection.CreateCommand();
            outgoing.CommandText = $"SELECT message_type FROM {Table("wolverine_outgoing_envelopes")}";
            await using (var reader = await outgoing.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    busy.Add($"outgoing {reader.GetString(0)}");
                }
            }
        }

        var monitoring = Jobs.GetMonitoringApi();
        busy.AddRange(monitoring.Queues().Where(q => q.Length > 0).Select(q => $"{q.Length} Hangfire job(s) enqueued in '{q.Name}'"));
        if (monitoring.ProcessingCount() > 0)
        {
            busy.Add($"{monitoring.ProcessingCount()} Hangfire job(s) processing");
        }

        busy.AddRange(monitoring.ScheduledJobs(0, 1000)
            .Where(j => j.Value.EnqueueAt <= dueBy.UtcDateTime)
            .Select(j => $"Hangfire job {j.Key} scheduled at {j.Value.EnqueueAt:O}"));
        return busy;
    }

    private string Table(string name) => database.Provider == "Sqlite" ? name : $"wolverine.{name}";

    private static string Text(System.Data.Common.DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? "" : Convert.ToString(reader.GetValue(column), CultureInfo.InvariantCulture) ?? "";

    private static DateTimeOffset Moment(object value) => value switch
    {
        DateTimeOffset moment => moment,
        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        long ticks => new DateTimeOffset(ticks, TimeSpan.Zero),
        _ => throw new InvalidOperationException($"Unexpected execution_time {value} ({value.GetType().Name})."),
    };
}
