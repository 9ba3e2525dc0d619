using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.GetModerationTestimonial;

/// <summary>One testimonial as marketing moderates it, with its consents.</summary>
internal sealed record GetModerationTestimonial(Guid Id) : IQuery<Result<ModerationTestimonialView>>;
