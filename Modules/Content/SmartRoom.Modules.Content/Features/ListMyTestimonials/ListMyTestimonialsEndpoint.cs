namespace SmartRoom.Modules.Content.Features.ListMyTestimonials;

internal static class ListMyTestimonialsEndpoint
{
    public static void Map(IEndpointRouteBuilder testimonials) =>
        testimonials.MapGet("/testimonials/mine", async (ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListMyTestimonials(), ct)).ToHttp(t => TypedResults.Ok(t)))
            .WithName("ListMyTestimonials")
            .WithSummary("The caller's testimonials: status, marketing's reason, what each says and what may be shown.")
            .Produces<MyTestimonials>()
            .RequireAuthorization();
}
