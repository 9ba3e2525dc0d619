using SmartRoom.BuildingBlocks.Paging;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.ListModerationTestimonials;

internal static class ListModerationTestimonialsEndpoint
{
    public static void Map(IEndpointRouteBuilder moderation) =>
        moderation.MapGet("/testimonials", async (string? status, int? page, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListModerationTestimonials(string.IsNullOrWhiteSpace(status) ? null : status.Trim(), page ?? 1), ct))
                .ToHttp(p => TypedResults.Ok(p)))
            .WithName("ListModerationTestimonials")
            .WithSummary("The moderation queue: ?status=pending|approved|rejected|unpublished|withdrawn&page=, oldest first, with each consent.")
            .Produces<Paged<ModerationTestimonialView>>()
            .ProducesValidationProblem();
}
