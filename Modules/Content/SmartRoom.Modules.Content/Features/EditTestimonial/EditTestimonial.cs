using SmartRoom.Modules.Content.Uploads;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.EditTestimonial;

/// <summary>
/// The author changes their testimonial (the same form as a submission; a logo or photo sent replaces the old one):
/// it goes back to Pending, off the site until marketing approves it again. A change of what may be shown (or a new
/// image) is a new consent: on Privacy's ledger and a new consent record.
/// </summary>
[RequiresUser]
internal sealed record EditTestimonial(Guid Id, TestimonialFields Fields, UploadedFile? Logo, UploadedFile? Photo)
    : ICommand<Result<MyTestimonialView>>;
