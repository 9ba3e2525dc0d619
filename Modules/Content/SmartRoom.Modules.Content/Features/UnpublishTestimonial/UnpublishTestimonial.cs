using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.UnpublishTestimonial;

/// <summary>Marketing: takes an approved testimonial off the site with a written reason the author is told.</summary>
internal sealed record UnpublishTestimonial(Guid Id, string? Reason, int? Version) : ICommand<Result<ModerationTestimonialView>>;

/// <param name="Version">The version read; when sent, a testimonial changed since answers 409 <c>version-conflict</c>.</param>
internal sealed record UnpublishTestimonialBody(string? Reason, int? Version);
