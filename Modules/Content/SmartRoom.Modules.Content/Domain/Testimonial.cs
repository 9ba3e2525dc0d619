namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// A customer's testimonial, shown on the site only while Approved and only with what its consent allows
/// (<see cref="ShowName"/>, <see cref="ShowCompany"/>, <see cref="ShowLogo"/>, <see cref="ShowPhoto"/>). The consent
/// that allows it is <see cref="TestimonialConsent"/> (kept as proof even when the testimonial is withdrawn). An
/// author's edit sends it back to Pending; withdrawal unpublishes it at once. <see cref="Position"/> orders the
/// site's list (lower first), <see cref="Featured"/> puts it on top.
/// </summary>
internal sealed class Testimonial
{
    public Guid Id { get; init; }

    /// <summary>The customer's account; null when marketing submitted it for someone without one.</summary>
    public Guid? AuthorId { get; init; }

    public Guid SubmittedBy { get; init; }

    /// <summary>Where the author is told about their testimonial (the account's email, or the address marketing gave).</summary>
    public required string AuthorEmail { get; set; }

    public required string Quote { get; set; }

    public required string Name { get; set; }

    public required string Title { get; set; }

    public required string Company { get; set; }

    public Guid? LogoImageId { get; set; }

    public Guid? PhotoImageId { get; set; }

    public bool ShowName { get; set; }

    public bool ShowCompany { get; set; }

    public bool ShowLogo { get; set; }

    public bool ShowPhoto { get; set; }

    public TestimonialStatus Status { get; set; }

    public string? Reason { get; set; }

    public int Position { get; set; }

    public bool Featured { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public int Version { get; set; }
}
