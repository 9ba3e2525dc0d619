using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Content.Features.ListMyComments;

internal sealed class ListMyCommentsHandler(ContentDbContext db, ICurrentUser caller) : IQueryHandler<ListMyComments, Result<Paged<MyCommentView>>>
{
    public async ValueTask<Result<Paged<MyCommentView>>> Handle(ListMyComments query, CancellationToken cancellationToken)
    {
        var mine = db.Comments.AsNoTracking().Where(c => c.AuthorId == caller.Id!.Value);
        var total = await mine.CountAsync(cancellationToken);
        var items = await (
                from c in mine
                join p in db.Posts on c.PostId equals p.Id into posts
                from p in posts.DefaultIfEmpty()
                orderby c.CreatedAt descending, c.Id descending
                select new MyCommentView(c.Id, p == null ? "" : p.Slug, p == null ? "" : p.Title, c.Body, c.Status, c.CreatedAt, c.PublishedAt,
                    c.ModerationReason))
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new Paged<MyCommentView>(items, query.Page, query.PageSize, total);
    }
}
