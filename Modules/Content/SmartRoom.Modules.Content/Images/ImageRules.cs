namespace SmartRoom.Modules.Content.Images;

/// <summary>
/// What an upload must be before anything is decoded or stored: at most <see cref="MaxBytes"/> (else 413), a PNG,
/// JPEG or WebP by its bytes (a PDF too where a written consent is expected; anything else 415, whatever its
/// declared type or name), and at most <see cref="MaxSide"/> pixels a side and <see cref="MaxPixels"/> in all by its
/// header (else 400 <c>image-too-large</c>).
/// </summary>
internal static class ImageRules
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const int MaxSide = 4096;
    public const long MaxPixels = 16_000_000;

    public static Error TooManyBytes(string field) =>
        new(ErrorKind.PayloadTooLarge, "file-too-large", $"'{field}' is larger than {MaxBytes / (1024 * 1024)} MB.");

    public static Result<SniffedFile> Check(string field, ReadOnlySpan<byte> bytes, bool pdfAllowed = false)
    {
        if (bytes.Length > MaxBytes)
        {
            return TooManyBytes(field);
        }

        var sniffed = ImageSniffer.Sniff(bytes);
        if (!sniffed.IsImage && !(pdfAllowed && sniffed.ContentType == SniffedFile.Pdf))
        {
            return new Error(ErrorKind.UnsupportedMediaType, "unsupported-image",
                $"'{field}' must be a PNG, JPEG or WebP image{(pdfAllowed ? " or a PDF" : "")}, by its content.");
        }

        if (!sniffed.IsImage)
        {
            return sniffed;
        }

        if (sniffed.Width <= 0 || sniffed.Height <= 0)
        {
            return new Error(ErrorKind.Validation, "unreadable-image", $"'{field}' has no readable image header.",
                new Dictionary<string, string[]> { [field] = ["The image's header cannot be read."] });
        }

        if (sniffed.Width > MaxSide || sniffed.Height > MaxSide || (long)sniffed.Width * sniffed.Height > MaxPixels)
        {
            return new Error(ErrorKind.Validation, "image-too-large",
                $"'{field}' is {sniffed.Width} × {sniffed.Height} pixels; at most {MaxSide} a side and {MaxPixels / 1_000_000} megapixels.",
                new Dictionary<string, string[]> { [field] = [$"At most {MaxSide} pixels a side and {MaxPixels / 1_000_000} megapixels."] });
        }

        return sniffed;
    }
}
