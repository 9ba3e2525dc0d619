using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>
/// Reads a multipart/form-data upload section by section, never buffering it or spooling it to disk:
/// plain fields go to <c>onField</c> as they come, the first <c>file</c> part's stream to <c>onFile</c>.
/// </summary>
internal static class MultipartUpload
{
    public static async Task<IResult> ReadAsync(HttpContext http, long maxBytes, Action<string, string> onField,
        Func<string, Stream, Task<IResult>> onFile, CancellationToken ct)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes + (1024 * 1024);
        }

        var boundary = MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) ? HeaderUtilities.RemoveQuotes(type.Boundary).Value : null;
        if (string.IsNullOrEmpty(boundary) || !type!.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return new Error(ErrorKind.UnsupportedMediaType, "multipart-required", "Upload the file as multipart/form-data.").ToProblem();
        }

        var reader = new MultipartReader(boundary, http.Request.Body) { BodyLengthLimit = null };
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var field = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
            if (!disposition.IsFileDisposition())
            {
                // Plain fields are short (ids); a long one is refused rather than read into memory.
                var value = new char[1025];
                using var text = new StreamReader(section.Body);
                var length = await text.ReadBlockAsync(value, ct);
                if (length > 1024)
                {
                    return Error.Validation(field, "The field is too long.").ToProblem();
                }

                onField(field, new string(value, 0, length).Trim());
                continue;
            }

            if (field.Equals("file", StringComparison.OrdinalIgnoreCase))
            {
                var fileName = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value! : HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? "";
                return await onFile(fileName, section.Body);
            }
        }

        return Error.Validation("file", "The request has no 'file' part.").ToProblem();
    }
}
