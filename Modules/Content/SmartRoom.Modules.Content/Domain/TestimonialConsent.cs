namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// The consent a testimonial is published under, as given: the text agreed to, its version and SHA-256, when, from
/// which address and browser, by which method (the author themselves, or marketing with the written consent
/// attached as <see cref="WrittenConsentImageId"/>), and what may be shown. Appended, never changed: a new consent
/// (an edit that shows more) is a new row. Kept as proof after the testimonial is withdrawn or deleted.
/// </summary>
internal sealed class TestimonialConsent
{
    public Guid Id { get; init; }

    public Guid TestimonialId { get; init; }

    public required string Text { get; init; }

    public int TextVersion { get; init; }

    public required string TextSha256 { get; init; }

    public required string Method { get; init; }

    public bool ShowName { get; init; }

    public bool ShowCompany { get; init; }

    public bool ShowLogo { get; init; }

    public bool ShowPhoto { get; init; }

    public DateTimeOffset GivenAt { get; init; }

    public string? IpAddress { get; init; }

    public string? UserAgent { get; init; }

    public Guid? WrittenConsentImageId { get; init; }

    public DateTimeOffset? WithdrawnAt { get; set; }
}
