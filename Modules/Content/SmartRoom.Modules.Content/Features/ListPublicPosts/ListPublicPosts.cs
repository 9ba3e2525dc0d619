using SmartRoom.BuildingBlocks.Paging;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.ListPublicPosts;

/// <summary>The public posts (optionally one <paramref name="Tag"/>'s), newest publication first, a page at a time.</summary>
internal sealed record ListPublicPosts(string? Tag, int Page, int PageSize) : IQuery<Result<PublicPostsPage>>;

/// <summary>The page, its entity tag (the ids and versions on it and the total) and its newest change.</summary>
internal sealed record PublicPostsPage(Paged<PostSummaryView> Posts, string ETag, DateTimeOffset? LastModified);
