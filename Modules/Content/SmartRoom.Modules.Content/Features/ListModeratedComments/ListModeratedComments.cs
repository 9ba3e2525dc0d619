using SmartRoom.BuildingBlocks.Paging;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.ListModeratedComments;

/// <summary>
/// Marketing's queue: comments of one status (Pending by default: oldest first, the order they wait in; any other
/// status newest first), optionally only those with open reports, with their post, author and reports.
/// </summary>
[RequiresUser]
internal sealed record ListModeratedComments(string? Status, bool? Reported, int Page, int PageSize) : IQuery<Result<Paged<ModeratedCommentView>>>;
