namespace SmartRoom.Modules.Content.Images;

/// <summary>
/// What the bytes of an upload are, read from their first bytes and never from a declared type or file name:
/// <see cref="ContentType"/> (<c>image/png</c>, <c>image/jpeg</c>, <c>image/webp</c>, <c>application/pdf</c>) or null
/// when none of these; the size in pixels from the image's header (0 when the header does not say).
/// </summary>
internal sealed record SniffedFile(string? ContentType, int Width, int Height)
{
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string WebP = "image/webp";
    public const string Pdf = "application/pdf";

    public bool IsImage => ContentType is Png or Jpeg or WebP;
}
