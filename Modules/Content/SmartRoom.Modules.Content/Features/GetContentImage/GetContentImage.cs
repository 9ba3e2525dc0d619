namespace SmartRoom.Modules.Content.Features.GetContentImage;

/// <summary>
/// An image's bytes with the type sniffed when it was stored. Anyone may read it while it is the logo or photo of an
/// approved testimonial whose consent shows it (<see cref="StoredImage.Public"/>, cacheable); otherwise only the
/// testimonial's author, the uploader and marketing; for everyone else it does not exist.
/// </summary>
internal sealed record GetContentImage(Guid Id) : IQuery<Result<StoredImage>>;

internal sealed record StoredImage(string ContentType, byte[] Bytes, string Sha256, bool Public);
