using System.Text;
using Microsoft.AspNetCore.Http;

namespace SmartRoom.BuildingBlocks.Csv;

/// <summary>
/// Writes a CSV download to the response as its rows arrive (UTF-8 with a byte-order mark, CRLF lines, never
/// cached): memory stays flat however many rows there are. <paramref name="appendRow"/> writes one row's fields
/// (through <see cref="CsvField"/>) and its line end.
/// </summary>
public sealed class StreamedCsvResult<T>(string fileName, string header, IAsyncEnumerable<T> rows, Action<StringBuilder, T> appendRow) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var ct = httpContext.RequestAborted;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        response.Headers.CacheControl = "no-store";

        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
        await writer.WriteAsync("\uFEFF" + header + "\r\n");
        var line = new StringBuilder(4096);
        var written = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            line.Clear();
            appendRow(line, row);
            await writer.WriteAsync(line, ct);
            if (++written % 100 == 0)
            {
                await writer.FlushAsync(ct);
            }
        }

        await writer.FlushAsync(ct);
    }
}
