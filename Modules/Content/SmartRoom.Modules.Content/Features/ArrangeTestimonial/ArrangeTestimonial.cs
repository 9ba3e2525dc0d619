using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.ArrangeTestimonial;

/// <summary>Marketing places a testimonial on the site: its position (lower first) and whether it is featured (on top).</summary>
internal sealed record ArrangeTestimonial(Guid Id, int? Position, bool? Featured, int? Version) : ICommand<Result<ModerationTestimonialView>>;

internal sealed record ArrangeTestimonialBody(int? Position, bool? Featured, int? Version);
