namespace SmartRoom.Modules.Messaging.Features.GetQaReport;

internal static class GetQaReportEndpoint
{
    public static void Map(IEndpointRouteBuilder questions) =>
        questions.MapGet("/report", async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetQaReport(roomId), ct)).ToHttp(report => TypedResults.Ok(report)))
            .WithName("GetQaReport")
            .WithSummary("Managers: per group and in total, questions asked, answered, the median hours to answer and those overdue now.")
            .Produces<QaReport>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
