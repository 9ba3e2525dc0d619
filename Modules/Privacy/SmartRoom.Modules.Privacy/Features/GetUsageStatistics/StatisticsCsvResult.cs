using System.Text;

namespace SmartRoom.Modules.Privacy.Features.GetUsageStatistics;

/// <summary>A statistics export as a CSV attachment.</summary>
internal sealed class StatisticsCsvResult(StatisticsReport report) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"usage-statistics-{report.From}-to-{report.To}.csv\"";
        response.Headers.CacheControl = "no-store";
        await response.WriteAsync(StatisticsCsv.Write(report), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), httpContext.RequestAborted);
    }
}
