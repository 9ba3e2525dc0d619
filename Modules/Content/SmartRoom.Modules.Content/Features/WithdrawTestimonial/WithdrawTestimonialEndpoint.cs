using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.WithdrawTestimonial;

internal static class WithdrawTestimonialEndpoint
{
    public static void Map(IEndpointRouteBuilder testimonials) =>
        testimonials.MapPost("/testimonials/{testimonialId:guid}/withdraw", async (Guid testimonialId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new WithdrawTestimonial(testimonialId), ct)).ToHttp(t => TypedResults.Ok(t)))
            .WithName("WithdrawTestimonial")
            .WithSummary("The author withdraws their testimonial: off the site and its images gone at once; the consent is kept as proof.")
            .Produces<MyTestimonialView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization();
}
