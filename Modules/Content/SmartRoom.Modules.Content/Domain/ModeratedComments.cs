using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Domain;

/// <summary>Reads comments as marketing sees them (<see cref="ModeratedCommentView"/>): with their post and open reports.</summary>
internal static class ModeratedComments
{
    /// <summary>The comments with these ids, in the order of <paramref name="ids"/>.</summary>
    public static async Task<List<ModeratedCommentView>> ReadAsync(ContentDbContext db, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var rows = await (
                from c in db.Comments.AsNoTracking()
                where ids.Contains(c.Id)
                join p in db.Posts on c.PostId equals p.Id into posts
                from p in posts.DefaultIfEmpty()
                select new { Comment = c, Slug = p == null ? "" : p.Slug, Title = p == null ? "" : p.Title })
            .ToListAsync(ct);
        var reports = (await db.CommentReports.AsNoTracking()
                .Where(r => ids.Contains(r.CommentId) && r.ResolvedAt == null)
                .Select(r => new { r.CommentId, r.ReporterId, r.Reason, r.CreatedAt })
                .ToListAsync(ct))
            .OrderBy(r => r.CreatedAt)
            .ToLookup(r => r.CommentId, r => new CommentReportView(r.ReporterId, r.Reason, r.CreatedAt));
        var position = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        return rows.OrderBy(r => position[r.Comment.Id]).Select(r => new ModeratedCommentView(
                r.Comment.Id, r.Comment.PostId, r.Slug, r.Title, r.Comment.AuthorId, r.Comment.AuthorName, r.Comment.Body, r.Comment.Status,
                r.Comment.LinkCount, r.Comment.ReportCount, reports[r.Comment.Id].ToList(), r.Comment.CreatedAt, r.Comment.PublishedAt,
                r.Comment.ModerationReason, r.Comment.ModeratedAt, r.Comment.Version))
            .ToList();
    }
}
