using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.ArrangeTestimonial;

internal static class ArrangeTestimonialEndpoint
{
    public static void Map(IEndpointRouteBuilder moderation) =>
        moderation.MapPut("/testimonials/{testimonialId:guid}/placement", async (Guid testimonialId, ArrangeTestimonialBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ArrangeTestimonial(testimonialId, body.Position, body.Featured, body.Version), ct)).ToHttp(t => TypedResults.Ok(t)))
            .WithName("ArrangeTestimonial")
            .WithSummary("Places a testimonial on the site: {position (lower first), featured (on top), version?}.")
            .Produces<ModerationTestimonialView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
