namespace SmartRoom.Modules.Privacy.Features.GetUsageStatistics;

internal static class GetUsageStatisticsEndpoint
{
    public static void Map(IEndpointRouteBuilder statistics) =>
        statistics.MapGet("/export", async (string? from, string? to, string? format, ISender sender, CancellationToken ct) =>
            {
                var query = new GetUsageStatistics(from, to, format);
                return (await sender.Send(query, ct)).ToHttp(report => query.IsCsv ? new StatisticsCsvResult(report) : TypedResults.Ok(report));
            })
            .WithName("ExportUsageStatistics")
            .WithSummary("Admins: aggregate usage statistics per month (from, to as yyyy-MM; format json or csv), every figure under k "
                + "or from too few deal rooms suppressed, with complementary suppression; never per deal or per client.")
            // The CSV first: of two declarations for one status the framework keeps the last, and the host's
            // OpenAPI set-up adds the untyped CSV beside it (Host/SmartRoom.Host/OpenApi/AlternateResponseContent.cs).
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces<StatisticsReport>()
            .ProducesValidationProblem();
}
