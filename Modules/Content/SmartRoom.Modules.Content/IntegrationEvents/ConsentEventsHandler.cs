using SmartRoom.Modules.Content.Features.WithdrawConsentedTestimonials;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Content.IntegrationEvents;

/// <summary>
/// Wolverine adapter for Privacy's <see cref="ConsentChanged"/>: a withdrawn (or no longer valid) consent to testimonial
/// publication withdraws the person's testimonials. Other purposes and grants are not Content's business.
/// </summary>
public static class ConsentEventsHandler
{
    public static async Task Handle(ConsentChanged changed, ISender sender, CancellationToken ct)
    {
        if (changed.Purpose == ConsentPurposes.TestimonialPublication && !changed.Granted)
        {
            await sender.Send(new WithdrawConsentedTestimonials(changed.UserId, changed.OccurredAt), ct);
        }
    }
}
