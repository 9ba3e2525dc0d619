using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.RejectTestimonial;

/// <summary>Marketing: rejects a pending testimonial with a written reason the author is told.</summary>
internal sealed record RejectTestimonial(Guid Id, string? Reason, int? Version) : ICommand<Result<ModerationTestimonialView>>;

/// <param name="Version">The version read; when sent, a testimonial changed since answers 409 <c>version-conflict</c>.</param>
internal sealed record RejectTestimonialBody(string? Reason, int? Version);
