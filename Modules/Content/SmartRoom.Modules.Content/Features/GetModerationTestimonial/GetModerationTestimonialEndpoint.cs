using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.GetModerationTestimonial;

internal static class GetModerationTestimonialEndpoint
{
    public static void Map(IEndpointRouteBuilder moderation) =>
        moderation.MapGet("/testimonials/{testimonialId:guid}", async (Guid testimonialId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetModerationTestimonial(testimonialId), ct)).ToHttp(t => TypedResults.Ok(t)))
            .WithName("GetModerationTestimonial")
            .WithSummary("One testimonial with its consents (text, version, SHA-256, time, address, browser, what may be shown).")
            .Produces<ModerationTestimonialView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
