using SmartRoom.Modules.Content.Uploads;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.SubmitTestimonial;

/// <summary>
/// A signed-in customer gives a testimonial with their consent to its publication: the consent goes on Privacy's
/// ledger (method <c>testimonial-form</c>) and on the testimonial's own consent record (the text, its version and
/// SHA-256, time, address, browser, what may be shown). The testimonial waits as Pending for marketing.
/// </summary>
[RequiresUser]
internal sealed record SubmitTestimonial(TestimonialFields Fields, UploadedFile? Logo, UploadedFile? Photo)
    : ICommand<Result<MyTestimonialView>>;
