namespace SmartRoom.Modules.Content.Views;

/// <summary>
/// A testimonial as marketing moderates it: everything it says and shows, its place on the site, and its consents
/// (latest first). <see cref="AuthorEmail"/> is only the address marketing entered for a customer without an account;
/// an account holder's address is not shown (the author is told through their account).
/// </summary>
internal sealed record ModerationTestimonialView(
    Guid Id, string Status, string? Reason, string Quote, string Name, string Title, string Company,
    Guid? AuthorId, string? AuthorEmail, Guid SubmittedBy,
    bool ShowName, bool ShowCompany, bool ShowLogo, bool ShowPhoto, string? LogoUrl, string? PhotoUrl,
    int Position, bool Featured, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt, int Version,
    IReadOnlyList<TestimonialConsentView> Consents)
{
    public static ModerationTestimonialView From(Testimonial t, IEnumerable<TestimonialConsent> consents) => new(
        t.Id, t.Status.ToString().ToLowerInvariant(), t.Reason, t.Quote, t.Name, t.Title, t.Company,
        t.AuthorId, t.AuthorId is null ? t.AuthorEmail : null, t.SubmittedBy,
        t.ShowName, t.ShowCompany, t.ShowLogo, t.ShowPhoto,
        t.LogoImageId is { } logo ? TestimonialImages.UrlOf(logo) : null,
        t.PhotoImageId is { } photo ? TestimonialImages.UrlOf(photo) : null,
        t.Position, t.Featured, t.CreatedAt, t.UpdatedAt, t.PublishedAt, t.Version,
        consents.OrderByDescending(c => c.GivenAt).ThenByDescending(c => c.Id).Select(TestimonialConsentView.From).ToList());

    /// <summary>The views of <paramref name="testimonials"/> with their consents, read in one query.</summary>
    public static async Task<List<ModerationTestimonialView>> ForAsync(ContentDbContext db, IReadOnlyList<Testimonial> testimonials, CancellationToken ct)
    {
        var ids = testimonials.Select(t => t.Id).ToList();
        var consents = (await db.TestimonialConsents.AsNoTracking().Where(c => ids.Contains(c.TestimonialId)).ToListAsync(ct))
            .ToLookup(c => c.TestimonialId);
        return testimonials.Select(t => From(t, consents[t.Id])).ToList();
    }
}
