using SmartRoom.Modules.Content.Views;
using SmartRoom.Modules.Privacy.Contracts;
using Wolverine;

namespace SmartRoom.Modules.Content.Features.SubmitTestimonial;

internal sealed class SubmitTestimonialHandler(
    ContentDbContext db, TestimonialImages images, ModerationLog log, ICurrentUser caller, IMessageBus bus, TimeProvider clock)
    : ICommandHandler<SubmitTestimonial, Result<MyTestimonialView>>
{
    public async ValueTask<Result<MyTestimonialView>> Handle(SubmitTestimonial command, CancellationToken cancellationToken)
    {
        var fields = command.Fields;
        var text = await TestimonialConsentText.CurrentAsync(bus, cancellationToken);
        if (fields.ConsentVersion != text.Version)
        {
            return TestimonialErrors.ConsentTextChanged(text.Version);
        }

        var logoRefused = TestimonialImages.TryPrepare(command.Logo, out var logo);
        var photoRefused = TestimonialImages.TryPrepare(command.Photo, out var photo);
        if ((logoRefused ?? photoRefused) is { } refused)
        {
            return refused;
        }

        var userId = caller.Id!.Value;
        var ledger = await bus.InvokeAsync<ConsentRecordedAnswer>(new RecordConsent(
            userId, ConsentPurposes.TestimonialPublication, text.Version, true, TestimonialConsentText.FormMethod, caller.IpAddress, caller.UserAgentToStore()),
            cancellationToken);
        if (!ledger.Recorded)
        {
            return TestimonialErrors.ConsentTextChanged(ledger.CurrentVersion);
        }

        var now = clock.GetUtcNow();
        var testimonial = new Testimonial
        {
            Id = Guid.CreateVersion7(),
            AuthorId = userId,
            SubmittedBy = userId,
            AuthorEmail = caller.Email ?? "",
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
        try
        {
            testimonial.LogoImageId = logo is null ? null : images.Store(logo, userId).Id;
            testimonial.PhotoImageId = photo is null ? null : images.Store(photo, userId).Id;
            db.Testimonials.Add(testimonial);
            db.TestimonialConsents.Add(TestimonialConsentText.Record(
                testimonial, text, TestimonialConsentText.FormMethod, now, caller.IpAddress, caller.UserAgentToStore()));
            log.Record(ModerationActions.TestimonialSubmitted, ModerationTargets.Testimonial, testimonial.Id);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            images.Discard();
            throw;
        }

        return MyTestimonialView.From(testimonial);
    }
}
