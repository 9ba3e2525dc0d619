using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.ApproveTestimonial;

/// <summary>Marketing publishes a Pending testimonial (Approved, <c>PublishedAt</c> now); its author is told.</summary>
internal sealed record ApproveTestimonial(Guid Id, int? Version) : ICommand<Result<ModerationTestimonialView>>;

/// <param name="Version">The version read; when sent, a testimonial changed since answers 409 <c>version-conflict</c>.</param>
internal sealed record ApproveTestimonialBody(int? Version);
