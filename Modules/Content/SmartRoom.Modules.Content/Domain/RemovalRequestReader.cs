using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// Reads removal requests as <see cref="RemovalRequestView"/>: the requests, then in one query each the posts and
/// the comments they name. A comment's excerpt is its text (plain text, shown as text), shortened.
/// </summary>
internal static class RemovalRequestReader
{
    public const int ExcerptLength = 280;

    public static async Task<IReadOnlyList<RemovalRequestView>> ViewsAsync(
        ContentDbContext db, IQueryable<RemovalRequest> requests, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await requests.AsNoTracking().ToListAsync(ct);
        var postIds = rows.Select(r => r.PostId).Distinct().ToList();
        var commentIds = rows.Where(r => r.TargetKind == ModerationTargets.Comment).Select(r => r.TargetId).Distinct().ToList();
        var posts = await db.Posts.AsNoTracking().Where(p => postIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Title, p.Summary, p.Slug, p.Status })
            .ToDictionaryAsync(p => p.Id, ct);
        var comments = commentIds.Count == 0
            ? []
            : await db.Comments.AsNoTracking().Where(c => commentIds.Contains(c.Id))
                .Select(c => new { c.Id, c.Body, c.Status })
                .ToDictionaryAsync(c => c.Id, ct);

        return rows.Select(r =>
        {
            var post = posts.GetValueOrDefault(r.PostId);
            var title = post?.Title ?? "(post no longer exists)";
            var slug = post?.Slug ?? "";
            RemovalRequestContent content;
            if (r.TargetKind == ModerationTargets.Comment)
            {
                var comment = comments.GetValueOrDefault(r.TargetId);
                content = new RemovalRequestContent(r.TargetKind, r.TargetId, r.PostId, title, Excerpt(comment?.Body ?? ""),
                    $"/blog/{slug}#comment-{r.TargetId}", comment?.Status.ToString() ?? "Deleted");
            }
            else
            {
                content = new RemovalRequestContent(r.TargetKind, r.TargetId, r.PostId, title, Excerpt(post?.Summary ?? ""),
                    $"/blog/{slug}", post?.Status.ToString() ?? "Deleted");
            }

            var decision = r.DecidedAt is { } at ? new RemovalDecisionView(r.Removed == true, r.DecisionReason ?? "", r.DecidedBy, at) : null;
            return new RemovalRequestView(r.Id, r.IsOpen ? RemovalRequestStatus.Open : RemovalRequestStatus.Decided, r.Url, content,
                r.RequesterId, r.RequesterEmail, r.RequesterName, r.Reason, r.ReceivedAt, r.DueAt, r.IsOpen && r.DueAt <= now, decision);
        }).ToList();
    }

    public static async Task<RemovalRequestView?> ViewAsync(ContentDbContext db, Guid id, DateTimeOffset now, CancellationToken ct) =>
        (await ViewsAsync(db, db.RemovalRequests.Where(r => r.Id == id), now, ct)).SingleOrDefault();

    private static string Excerpt(string text) =>
        text.Length <= ExcerptLength ? text : string.Concat(text.AsSpan(0, ExcerptLength - 1), "…");
}
