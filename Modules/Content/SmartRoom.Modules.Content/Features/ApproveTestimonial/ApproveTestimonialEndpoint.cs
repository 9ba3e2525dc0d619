using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.ApproveTestimonial;

internal static class ApproveTestimonialEndpoint
{
    public static void Map(IEndpointRouteBuilder moderation) =>
        moderation.MapPost("/testimonials/{testimonialId:guid}/approve", async (Guid testimonialId, ApproveTestimonialBody? body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ApproveTestimonial(testimonialId, body?.Version), ct)).ToHttp(t => TypedResults.Ok(t)))
            .WithName("ApproveTestimonial")
            .WithSummary("Publishes a pending testimonial: {version?}. Its author is told.")
            .Produces<ModerationTestimonialView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
