using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;

/// <summary>
/// `dotnet run -c Release --project bench/SmartRoom.Bench -- statistics [facts]`: writes <c>facts</c> usage facts
/// (default 1,000,000) spread over the last twelve ended months and 2,000 deal rooms straight into the host's
/// SQLite file, then times the twelve-month export through the API as JSON and as CSV (median of 5 runs each).
/// </summary>
internal static class StatisticsBench
{
    private static readonly string[] Roles = ["manager", "contributor", "viewer"];
    private static readonly string[] FileTypes = ["pdf", "word-processing", "spreadsheet", "presentation", "image", "text", "email", "archive", "other"];

    public static async Task RunAsync(HttpClient http, string adminEmail, string adminPassword, string data, int facts)
    {
        var now = DateTime.UtcNow;
        var last = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(-1);
        var months = Enumerable.Range(0, 12).Select(i => last.AddMonths(-i)).Select(m => (m.Year * 100) + m.Month).ToArray();
        var rooms = Enumerable.Range(0, 2000).Select(_ => Guid.CreateVersion7().ToString().ToUpperInvariant()).ToArray();

        var seed = Stopwatch.StartNew();
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(data, "smartroom.db")};Default Timeout=60"))
        {
            await connection.OpenAsync();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO privacy_UsageFacts (Id, Month, Measure, Dimension, RoomId) VALUES ($id, $month, $measure, $dimension, $room)";
            var id = insert.Parameters.Add("$id", SqliteType.Text);
            var month = insert.Parameters.Add("$month", SqliteType.Integer);
            var measure = insert.Parameters.Add("$measure", SqliteType.Text);
            var dimension = insert.Parameters.Add("$dimension", SqliteType.Text);
            var room = insert.Parameters.Add("$room", SqliteType.Text);
            var random = new Random(42);
            for (var i = 0; i < facts; i++)
            {
                var roll = random.Next(100);
                var (m, d, r) = roll switch
                {
                    < 20 => ("accounts-registered", "all", (object)DBNull.Value),
                    < 22 => ("deal-rooms-created", "all", rooms[random.Next(rooms.Length)]),
                    < 50 => ("members-joined", Roles[random.Next(Roles.Length)], rooms[random.Next(rooms.Length)]),
                    < 90 => ("documents-added", FileTypes[random.Next(FileTypes.Length)], rooms[random.Next(rooms.Length)]),
                    _ => ("document-versions-added", FileTypes[random.Next(FileTypes.Length)], rooms[random.Next(rooms.Length)]),
                };
                id.Value = Guid.CreateVersion7().ToString().ToUpperInvariant();
                month.Value = months[random.Next(months.Length)];
                measure.Value = m;
                dimension.Value = d;
                room.Value = r;
                await insert.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }

        Console.WriteLine($"seeded {facts.ToString("N0", CultureInfo.InvariantCulture)} usage facts in {seed.Elapsed.TotalSeconds:0.0} s");

        var tokens = await (await http.PostAsJsonAsync("/api/identity/login", new { email = adminEmail, password = adminPassword })).Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
        var range = $"from={months[^1] / 100:D4}-{months[^1] % 100:D2}&to={months[0] / 100:D4}-{months[0] % 100:D2}";
        foreach (var format in new[] { "json", "csv" })
        {
            var runs = new List<double>();
            var bytes = 0;
            for (var run = 0; run < 5; run++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await http.GetAsync($"/api/admin/statistics/export?{range}&format={format}");
                response.EnsureSuccessStatusCode();
                bytes = (await response.Content.ReadAsByteArrayAsync()).Length;
                runs.Add(watch.Elapsed.TotalMilliseconds);
            }

            runs.Sort();
            Console.WriteLine($"export, 12 months, {format}: median {runs[2]:0} ms (min {runs[0]:0}, max {runs[^1]:0}), {bytes} bytes");
        }
    }
}
