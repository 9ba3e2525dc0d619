namespace SmartRoom.Modules.Content.Features.GetTestimonialConsentText;

/// <summary>The consent text a testimonial form shows, with its version (sent back as <c>consentVersion</c>) and SHA-256.</summary>
internal sealed record GetTestimonialConsentText : IQuery<Result<TestimonialConsentTextView>>;

internal sealed record TestimonialConsentTextView(string Purpose, int Version, string Title, string Text, string TextSha256);
