namespace SmartRoom.Modules.Content.Features.PostComment;

internal sealed record PostCommentBody(string? Body, string? Website);

/// <summary>
/// A signed-in person comments on a public post, in plain text. Published at once, unless it is the author's first
/// (no published comment yet) or carries a link: then Pending for marketing. The spam defence refuses too many links,
/// too many comments per account or address (429, nothing stored), duplicates, banned accounts; a filled
/// <see cref="Website"/> (a field people never see) is answered like a pending comment and nothing is stored.
/// </summary>
[RequiresUser]
internal sealed record PostComment(string Slug, string? Body, string? Website) : ICommand<Result<PostedCommentView>>;

/// <summary>The comment as posted, with its status (Published or Pending).</summary>
internal sealed record PostedCommentView(Guid Id, string PostSlug, string AuthorName, string Body, CommentStatus Status, DateTimeOffset CreatedAt);
