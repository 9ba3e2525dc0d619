using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.ListMyTestimonials;

/// <summary>The caller's own testimonials, newest first: status, marketing's reason, what they say and what may be shown.</summary>
[RequiresUser]
internal sealed record ListMyTestimonials : IQuery<Result<MyTestimonials>>;

internal sealed record MyTestimonials(IReadOnlyList<MyTestimonialView> Items);
