using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Content.Features.ListPosts;

/// <summary>Marketing: every post in any status (or one <paramref name="Status"/>, one <paramref name="Tag"/>), the newest change first.</summary>
internal sealed record ListPosts(PostStatus? Status, string? Tag, int Page, int PageSize) : IQuery<Result<Paged<EditorPostItem>>>;

/// <summary>A post in marketing's list.</summary>
internal sealed record EditorPostItem(
    Guid Id, string Slug, string Title, PostStatus Status, int Version, DateTimeOffset? PublishAt, DateTimeOffset? PublishedAt,
    string AuthorName, DateTimeOffset UpdatedAt, IReadOnlyList<string> Tags);
