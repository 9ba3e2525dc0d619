namespace SmartRoom.Modules.Content.Views;

/// <summary>The consent a testimonial stands on, as recorded: the text agreed to with its version and SHA-256, how, when, from where, what may be shown.</summary>
internal sealed record TestimonialConsentView(
    Guid Id, string Method, int TextVersion, string TextSha256, string Text, DateTimeOffset GivenAt, string? IpAddress, string? UserAgent,
    bool ShowName, bool ShowCompany, bool ShowLogo, bool ShowPhoto, string? WrittenConsentUrl, DateTimeOffset? WithdrawnAt)
{
    public static TestimonialConsentView From(TestimonialConsent c) => new(
        c.Id, c.Method, c.TextVersion, c.TextSha256, c.Text, c.GivenAt, c.IpAddress, c.UserAgent,
        c.ShowName, c.ShowCompany, c.ShowLogo, c.ShowPhoto,
        c.WrittenConsentImageId is { } written ? TestimonialImages.UrlOf(written) : null, c.WithdrawnAt);
}
