using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.Modules.Content.Site;

namespace SmartRoom.Modules.Content.Features.GetTestimonialsPage;

internal static class GetTestimonialsPageEndpoint
{
    // Public: approved testimonials are published with their authors' consent, for everyone to read.
    public static void Map(IEndpointRouteBuilder site) =>
        site.MapGet("/testimonials", async (HttpContext http, SitePages pages, ISender sender, CancellationToken ct) =>
                await pages.AnswerAsync<TestimonialsPage, TestimonialsPageView>(http, await sender.Send(new GetTestimonialsPage(), ct)))
            .WithName("ShowTestimonials")
            .WithSummary("The approved testimonials, featured first, with what each consent allows.")
            .ExcludeFromDescription()
            .Public();
}
