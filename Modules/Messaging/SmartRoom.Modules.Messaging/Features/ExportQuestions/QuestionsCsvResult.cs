using System.Text;

namespace SmartRoom.Modules.Messaging.Features.ExportQuestions;

/// <summary>Writes an export to the response as its rows arrive: memory stays flat however many questions the room has.</summary>
internal sealed class QuestionsCsvResult(QuestionsExport export) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var ct = httpContext.RequestAborted;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{export.FileName}\"";
        response.Headers.CacheControl = "no-store";

        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
        await writer.WriteAsync("\uFEFF" + QuestionsCsv.Header + "\r\n");
        var line = new StringBuilder(4096);
        var rows = 0;
        await foreach (var row in export.Records.WithCancellation(ct))
        {
            line.Clear();
            QuestionsCsv.AppendRow(line, row);
            await writer.WriteAsync(line, ct);
            if (++rows % 100 == 0)
            {
                await writer.FlushAsync(ct);
            }
        }

        await writer.FlushAsync(ct);
    }
}
