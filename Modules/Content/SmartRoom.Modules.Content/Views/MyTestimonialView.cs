namespace SmartRoom.Modules.Content.Views;

/// <summary>A testimonial as its author sees it: its status (and marketing's reason), what it says and what may be shown.</summary>
internal sealed record MyTestimonialView(
    Guid Id, string Status, string? Reason, string Quote, string Name, string Title, string Company,
    bool ShowName, bool ShowCompany, bool ShowLogo, bool ShowPhoto, string? LogoUrl, string? PhotoUrl,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt, int Version)
{
    public static MyTestimonialView From(Testimonial t) => new(
        t.Id, t.Status.ToString().ToLowerInvariant(), t.Reason, t.Quote, t.Name, t.Title, t.Company,
        t.ShowName, t.ShowCompany, t.ShowLogo, t.ShowPhoto,
        t.LogoImageId is { } logo ? TestimonialImages.UrlOf(logo) : null,
        t.PhotoImageId is { } photo ? TestimonialImages.UrlOf(photo) : null,
        t.CreatedAt, t.UpdatedAt, t.PublishedAt, t.Version);
}
