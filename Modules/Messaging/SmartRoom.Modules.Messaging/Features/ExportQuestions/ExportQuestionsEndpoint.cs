using SmartRoom.BuildingBlocks.Csv;

namespace SmartRoom.Modules.Messaging.Features.ExportQuestions;

internal static class ExportQuestionsEndpoint
{
    public static void Map(IEndpointRouteBuilder questions) =>
        questions.MapGet("/export", async (Guid roomId, string? status, string? category, Guid? groupId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ExportQuestions(roomId, status, category, groupId), ct)).ToHttp(export => new StreamedCsvResult<QuestionCsvRow>(export.FileName, QuestionsCsv.Header, export.Records, QuestionsCsv.AppendRow)))
            .WithName("ExportQuestions")
            .WithSummary("Managers: the room's questions (filters status, category, groupId) as a streamed CSV attachment (UTF-8 with BOM, RFC 4180, formula-defused); the export is audited.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
