using SmartRoom.Modules.Content.Uploads;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.SubmitTestimonialOnBehalf;

/// <summary>
/// Marketing enters a testimonial for a customer without an account, with the consent the customer signed attached
/// (<see cref="WrittenConsent"/>: a PDF or an image). The consent record says method <c>written</c> and points at the
/// signed copy; Privacy's ledger is not involved (it keeps accounts' consents). Waits as Pending like any other.
/// </summary>
internal sealed record SubmitTestimonialOnBehalf(
    TestimonialFields Fields, string? AuthorEmail, UploadedFile? WrittenConsent, UploadedFile? Logo, UploadedFile? Photo)
    : ICommand<Result<ModerationTestimonialView>>;
