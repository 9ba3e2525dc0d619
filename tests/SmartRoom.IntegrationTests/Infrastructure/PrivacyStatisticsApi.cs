using System.Globalization;
using System.Net;
using System.Net.Http.Json;

namespace SmartRoom.IntegrationTests.Infrastructure;

public sealed record StatisticsRowDto(string Month, string Measure, string Dimension, long? Count, bool Suppressed);

public sealed record StatisticsReportDto(string From, string To, int K, int MinRooms, StatisticsRowDto[] Rows);

/// <summary>The usage statistics as an admin exports them, and the calendar they count by.</summary>
public static class PrivacyStatisticsApi
{
    /// <summary>
    /// Moves the clock to the first minutes of the next calendar month (UTC) and answers that month as
    /// <c>yyyy-MM</c>: what a test does next happens in that month, whatever the day it runs on.
    /// Tokens issued before are past their lifetime then: sign in afterwards.
    /// </summary>
    public static string StartNextMonth(this SmartRoomApp app)
    {
        var now = app.Clock.GetUtcNow();
        var next = new DateTimeOffset(now.Year, now.Month, 1, 0, 5, 0, TimeSpan.Zero).AddMonths(1);
        app.Clock.Advance(next - now);
        return next.ToString("yyyy-MM", CultureInfo.InvariantCulture);
    }

    public static Task<HttpResponseMessage> ExportStatisticsAsync(this HttpClient client, string query) =>
        client.GetAsync($"/api/admin/statistics/export{query}");

    /// <summary>Lets <paramref name="month"/> end, then exports it as JSON as a freshly signed-in admin.</summary>
    public static async Task<StatisticsReportDto> StatisticsOfAsync(this SmartRoomApp app, string month)
    {
        app.StartNextMonth();
        var response = await (await app.AdminAsync()).ExportStatisticsAsync($"?from={month}&to={month}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<StatisticsReportDto>())!;
    }

    /// <summary>The row of one figure; fails if the export has no such row.</summary>
    public static StatisticsRowDto Row(this StatisticsReportDto report, string month, string measure, string dimension = "all") =>
        report.Rows.SingleOrDefault(r => r.Month == month && r.Measure == measure && r.Dimension == dimension)
        ?? throw new ShouldAssertException($"no row {month} {measure} {dimension} in [{string.Join("; ", report.Rows.Select(r => $"{r.Month} {r.Measure} {r.Dimension}"))}]");

    /// <summary>Creates an account (no confirmation needed for it to count as registered).</summary>
    public static async Task RegisterAccountsAsync(this SmartRoomApp app, int count)
    {
        var client = app.CreateClient();
        for (var i = 0; i < count; i++)
        {
            (await client.RegisterAsync(IdentityApi.NewEmail("counted"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        }
    }
}
