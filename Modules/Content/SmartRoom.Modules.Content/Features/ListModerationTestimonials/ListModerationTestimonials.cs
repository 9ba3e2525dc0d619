using SmartRoom.BuildingBlocks.Paging;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.ListModerationTestimonials;

/// <summary>Marketing's queue: testimonials of one status (all when none is given), oldest first, with their consents.</summary>
internal sealed record ListModerationTestimonials(string? Status, int Page) : IQuery<Result<Paged<ModerationTestimonialView>>>
{
    public const int PageSize = 50;
}
