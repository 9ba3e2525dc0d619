using SmartRoom.Modules.Content.Views;
using Wolverine;

namespace SmartRoom.Modules.Content.Features.SubmitTestimonialOnBehalf;

internal sealed class SubmitTestimonialOnBehalfHandler(
    ContentDbContext db, TestimonialImages images, ModerationLog log, ICurrentUser caller, IMessageBus bus, TimeProvider clock)
    : ICommandHandler<SubmitTestimonialOnBehalf, Result<ModerationTestimonialView>>
{
    public async ValueTask<Result<ModerationTestimonialView>> Handle(SubmitTestimonialOnBehalf command, CancellationToken cancellationToken)
    {
        var fields = command.Fields;
        var text = await TestimonialConsentText.CurrentAsync(bus, cancellationToken);
        if (fields.ConsentVersion != text.Version)
        {
            return TestimonialErrors.ConsentTextChanged(text.Version);
        }

        var writtenRefused = TestimonialImages.TryPrepare(command.WrittenConsent, out var written, pdfAllowed: true);
        var logoRefused = TestimonialImages.TryPrepare(command.Logo, out var logo);
        var photoRefused = TestimonialImages.TryPrepare(command.Photo, out var photo);
        if ((writtenRefused ?? logoRefused ?? photoRefused) is { } refused)
        {
            return refused;
        }

        var marketer = caller.Id!.Value;
        var now = clock.GetUtcNow();
        var testimonial = new Testimonial
        {
            Id = Guid.CreateVersion7(),
            AuthorId = null,
            SubmittedBy = marketer,
            AuthorEmail = command.AuthorEmail!.Trim(),
            Quote = fields.Quote!,
            Name = fields.Name!,
            Title = fields.Title ?? "",
            Company = fields.Company ?? "",
            ShowName = fields.ShowName,
            ShowCompany = fields.ShowCompany,
            ShowLogo = fields.ShowLogo,
            ShowPhoto = fields.ShowPhoto,
            Status = TestimonialStatus.Pending,
            CreatedAt = now,
            UpdatedAt = now,
        };
        TestimonialConsent consent;
        try
        {
            var signed = images.Store(written!, marketer);
            testimonial.LogoImageId = logo is null ? null : images.Store(logo, marketer).Id;
            testimonial.PhotoImageId = photo is null ? null : images.Store(photo, marketer).Id;
            db.Testimonials.Add(testimonial);
            // Given on paper: no address or browser of the customer's to record (the moderation record keeps marketing's).
            consent = TestimonialConsentText.Record(testimonial, text, TestimonialConsentText.WrittenMethod, now, null, null, signed.Id);
            db.TestimonialConsents.Add(consent);
            log.Record(ModerationActions.TestimonialSubmitted, ModerationTargets.Testimonial, testimonial.Id);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            images.Discard();
            throw;
        }

        return ModerationTestimonialView.From(testimonial, [consent]);
    }
}
