using SmartRoom.Modules.Content.Views;
using SmartRoom.Modules.Privacy.Contracts;
using Wolverine;

namespace SmartRoom.Modules.Content.Features.EditTestimonial;

internal sealed class EditTestimonialHandler(
    ContentDbContext db, TestimonialImages images, ModerationLog log, ICurrentUser caller, IMessageBus bus, TimeProvider clock)
    : ICommandHandler<EditTestimonial, Result<MyTestimonialView>>
{
    public async ValueTask<Result<MyTestimonialView>> Handle(EditTestimonial command, CancellationToken cancellationToken)
    {
        var me = caller.Id!.Value;
        if (await db.Testimonials.SingleOrDefaultAsync(t => t.Id == command.Id && t.AuthorId == me, cancellationToken) is not { } testimonial)
        {
            return TestimonialErrors.NotFound;
        }

        if (!TestimonialTransitions.CanEdit(testimonial.Status))
        {
            return TestimonialErrors.InvalidTransition(testimonial.Status, "edited");
        }

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

        var newConsent = logo is not null || photo is not null
            || fields.ShowName != testimonial.ShowName || fields.ShowCompany != testimonial.ShowCompany
            || fields.ShowLogo != testimonial.ShowLogo || fields.ShowPhoto != testimonial.ShowPhoto;
        if (newConsent)
        {
            var ledger = await bus.InvokeAsync<ConsentRecordedAnswer>(new RecordConsent(
                me, ConsentPurposes.TestimonialPublication, text.Version, true, TestimonialConsentText.FormMethod, caller.IpAddress, caller.UserAgentToStore()),
                cancellationToken);
            if (!ledger.Recorded)
            {
                return TestimonialErrors.ConsentTextChanged(ledger.CurrentVersion);
            }
        }

        var now = clock.GetUtcNow();
        testimonial.Quote = fields.Quote!;
        testimonial.Name = fields.Name!;
        testimonial.Title = fields.Title ?? "";
        testimonial.Company = fields.Company ?? "";
        testimonial.ShowName = fields.ShowName;
        testimonial.ShowCompany = fields.ShowCompany;
        testimonial.ShowLogo = fields.ShowLogo;
        testimonial.ShowPhoto = fields.ShowPhoto;
        testimonial.Status = TestimonialStatus.Pending;
        testimonial.Reason = null;
        testimonial.PublishedAt = null;
        testimonial.UpdatedAt = now;
        testimonial.Version++;
        try
        {
            testimonial.LogoImageId = logo is null ? testimonial.LogoImageId : images.Store(logo, me).Id;
            testimonial.PhotoImageId = photo is null ? testimonial.PhotoImageId : images.Store(photo, me).Id;
            if (newConsent)
            {
                db.TestimonialConsents.Add(TestimonialConsentText.Record(
                    testimonial, text, TestimonialConsentText.FormMethod, now, caller.IpAddress, caller.UserAgentToStore()));
            }

            log.Record(ModerationActions.TestimonialEdited, ModerationTargets.Testimonial, testimonial.Id);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            images.Discard();
            return TestimonialErrors.StaleVersion;
        }
        catch
        {
            images.Discard();
            throw;
        }

        return MyTestimonialView.From(testimonial);
    }
}
