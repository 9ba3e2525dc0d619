using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.WithdrawTestimonial;

/// <summary>The author withdraws their testimonial: off the site at once, its consent marked withdrawn (kept as proof), the author told.</summary>
[RequiresUser]
internal sealed record WithdrawTestimonial(Guid Id) : ICommand<Result<MyTestimonialView>>;
