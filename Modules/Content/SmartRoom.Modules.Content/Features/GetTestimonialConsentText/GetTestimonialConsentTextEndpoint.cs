using SmartRoom.BuildingBlocks.Modules;

namespace SmartRoom.Modules.Content.Features.GetTestimonialConsentText;

internal static class GetTestimonialConsentTextEndpoint
{
    // Public: the text is shown before anyone decides to give a testimonial; it is the same for everyone.
    public static void Map(IEndpointRouteBuilder testimonials) =>
        testimonials.MapGet("/testimonials/consent-text", async (ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetTestimonialConsentText(), ct)).ToHttp(t => TypedResults.Ok(t)))
            .WithName("GetTestimonialConsentText")
            .WithSummary("The consent text a testimonial is given under, its version (send it back as consentVersion) and SHA-256.")
            .Produces<TestimonialConsentTextView>()
            .Public();
}
