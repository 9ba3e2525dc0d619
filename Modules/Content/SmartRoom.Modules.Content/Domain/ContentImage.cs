namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// An uploaded image (a testimonial's logo or photo, a written consent): its type sniffed from the bytes (PNG, JPEG
/// or WebP only), its size in pixels, its metadata (EXIF, GPS, XMP, comments) stripped before it was stored, and the
/// SHA-256 of the stored bytes. It is always served with <see cref="ContentType"/>, never a type the bytes lack.
/// </summary>
internal sealed class ContentImage
{
    public Guid Id { get; init; }

    public required string ContentType { get; init; }

    public int Width { get; init; }

    public int Height { get; init; }

    public long Length { get; init; }

    public required string Sha256 { get; init; }

    /// <summary>Where its bytes are kept (the blob's name).</summary>
    public required string BlobName { get; init; }

    public Guid UploadedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
