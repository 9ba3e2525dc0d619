namespace SmartRoom.Modules.Content.Views;

/// <summary>
/// A removal request as marketing sees it: what was asked about (the address given, the item it named, its title and
/// an excerpt, where it is now and whether it is still public), who asked and why, the deadline, and the decision.
/// </summary>
internal sealed record RemovalRequestView(
    Guid Id,
    string Status,
    string Url,
    RemovalRequestContent Content,
    Guid? RequesterId,
    string RequesterEmail,
    string RequesterName,
    string Reason,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    bool Overdue,
    RemovalDecisionView? Decision);

/// <param name="Kind"><c>post</c> or <c>comment</c>.</param>
/// <param name="Where">Its public address now (the post's current slug), e.g. <c>/blog/q3-results#comment-…</c>.</param>
/// <param name="Status">The post's or the comment's status now (<c>Published</c>, <c>Unpublished</c>, <c>Deleted</c>, …).</param>
internal sealed record RemovalRequestContent(string Kind, Guid Id, Guid PostId, string Title, string Excerpt, string Where, string Status);

internal sealed record RemovalDecisionView(bool Removed, string Reason, Guid? DecidedBy, DateTimeOffset DecidedAt);
