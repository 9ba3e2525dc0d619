using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using SmartRoom.Modules.Content.Images;

namespace SmartRoom.Modules.Content.Uploads;

/// <summary>
/// Reads a multipart/form-data request with limits: plain fields up to <see cref="MaxFieldChars"/> characters, at
/// most <see cref="MaxFiles"/> files of at most <see cref="ImageRules.MaxBytes"/> each (a larger one is answered 413
/// as soon as it passes the limit, without reading on). Nothing is written anywhere while reading.
/// </summary>
internal static class MultipartForm
{
    public const int MaxFieldChars = 4000;
    public const int MaxFiles = 3;

    public static async Task<(UploadForm? Form, IResult? Refusal)> ReadAsync(HttpContext http, CancellationToken ct)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = (MaxFiles * ImageRules.MaxBytes) + (1024 * 1024);
        }

        var boundary = MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) ? HeaderUtilities.RemoveQuotes(type.Boundary).Value : null;
        if (string.IsNullOrEmpty(boundary) || !type!.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return (null, new Error(ErrorKind.UnsupportedMediaType, "multipart-required", "Send the form as multipart/form-data.").ToProblem());
        }

        var form = new UploadForm();
        try
        {
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
                    var value = new char[MaxFieldChars + 1];
                    using var text = new StreamReader(section.Body);
                    var length = await text.ReadBlockAsync(value, ct);
                    if (length > MaxFieldChars)
                    {
                        return (null, Error.Validation(Camel(field), "The field is too long.").ToProblem());
                    }

                    form.Fields[field] = new string(value, 0, length);
                    continue;
                }

                if (form.Files.Count >= MaxFiles)
                {
                    return (null, Error.Validation("files", $"At most {MaxFiles} files.").ToProblem());
                }

                var bytes = await ReadCappedAsync(section.Body, ct);
                if (bytes is null)
                {
                    return (null, ImageRules.TooManyBytes(field).ToProblem());
                }

                var fileName = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value! : HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? "";
                form.Files[field] = new UploadedFile(field, fileName, bytes);
            }
        }
        catch (InvalidDataException)
        {
            return (null, Error.Validation("form", "The multipart form is malformed.").ToProblem());
        }

        return (form, null);
    }

    /// <summary>The part's bytes, or null as soon as it is longer than the limit.</summary>
    private static async Task<byte[]?> ReadCappedAsync(Stream body, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > ImageRules.MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string Camel(string field) => field.Length == 0 ? "form" : char.ToLowerInvariant(field[0]) + field[1..];
}
