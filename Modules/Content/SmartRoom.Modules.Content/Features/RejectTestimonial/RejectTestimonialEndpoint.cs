using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.RejectTestimonial;

internal static class RejectTestimonialEndpoint
{
    public static void Map(IEndpointRouteBuilder moderation) =>
        moderation.MapPost("/testimonials/{testimonialId:guid}/reject", async (Guid testimonialId, RejectTestimonialBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new RejectTestimonial(testimonialId, body.Reason, body.Version), ct)).ToHttp(t => TypedResults.Ok(t)))
            .WithName("RejectTestimonial")
            .WithSummary("Rejects a pending testimonial: {reason, version?}. Its author is told the reason.")
            .Produces<ModerationTestimonialView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
