using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Content.Features.ListComments;

/// <summary>The published comments of a public post (<see cref="PublicComments"/>), oldest first; an old slug reads the post it moved to.</summary>
internal sealed record ListComments(string Slug, int Page, int PageSize) : IQuery<Result<Paged<CommentView>>>;

/// <summary>A comment as the public sees it: plain text, to be shown HTML-encoded.</summary>
internal sealed record CommentView(Guid Id, string AuthorName, string Body, DateTimeOffset CreatedAt);
