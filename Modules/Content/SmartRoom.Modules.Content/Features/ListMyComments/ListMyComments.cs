using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Content.Features.ListMyComments;

/// <summary>The caller's own comments, newest first, whatever their status, with marketing's reason when one was hidden or deleted.</summary>
[RequiresUser]
internal sealed record ListMyComments(int Page, int PageSize) : IQuery<Result<Paged<MyCommentView>>>;

internal sealed record MyCommentView(
    Guid Id, string PostSlug, string PostTitle, string Body, CommentStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt,
    string? ModerationReason);
