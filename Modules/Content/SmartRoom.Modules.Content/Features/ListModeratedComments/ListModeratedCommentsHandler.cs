using SmartRoom.BuildingBlocks.Paging;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.ListModeratedComments;

internal sealed class ListModeratedCommentsHandler(ContentDbContext db)
    : IQueryHandler<ListModeratedComments, Result<Paged<ModeratedCommentView>>>
{
    public async ValueTask<Result<Paged<ModeratedCommentView>>> Handle(ListModeratedComments query, CancellationToken cancellationToken)
    {
        var status = query.Status is null ? CommentStatus.Pending : Enum.Parse<CommentStatus>(query.Status, ignoreCase: true);
        var comments = db.Comments.AsNoTracking().Where(c => c.Status == status);
        if (query.Reported is { } reported)
        {
            comments = reported ? comments.Where(c => c.ReportCount > 0) : comments.Where(c => c.ReportCount == 0);
        }

        var total = await comments.CountAsync(cancellationToken);
        var ordered = status == CommentStatus.Pending
            ? comments.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            : comments.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id);
        var ids = await ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).Select(c => c.Id).ToListAsync(cancellationToken);
        var items = await ModeratedComments.ReadAsync(db, ids, cancellationToken);
        return new Paged<ModeratedCommentView>(items, query.Page, query.PageSize, total);
    }
}
