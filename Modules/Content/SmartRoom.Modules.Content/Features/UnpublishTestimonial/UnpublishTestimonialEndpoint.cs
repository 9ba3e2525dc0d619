using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.UnpublishTestimonial;

internal static class UnpublishTestimonialEndpoint
{
    public static void Map(IEndpointRouteBuilder moderation) =>
        moderation.MapPost("/testimonials/{testimonialId:guid}/unpublish", async (Guid testimonialId, UnpublishTestimonialBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new UnpublishTestimonial(testimonialId, body.Reason, body.Version), ct)).ToHttp(t => TypedResults.Ok(t)))
            .WithName("UnpublishTestimonial")
            .WithSummary("Takes an approved testimonial off the site: {reason, version?}. Its author is told the reason.")
            .Produces<ModerationTestimonialView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
