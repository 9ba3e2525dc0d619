using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Content.Features.ListComments;

internal sealed class ListCommentsHandler(ContentDbContext db) : IQueryHandler<ListComments, Result<Paged<CommentView>>>
{
    public async ValueTask<Result<Paged<CommentView>>> Handle(ListComments query, CancellationToken cancellationToken)
    {
        if (await PublicComments.PostAsync(db, query.Slug, cancellationToken) is not { } post)
        {
            return CommentErrors.PostNotFound;
        }

        var comments = PublicComments.Query(db).Where(c => c.PostId == post.Id);
        var total = await comments.CountAsync(cancellationToken);
        var items = await PublicComments.Oldest(comments)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(c => new CommentView(c.Id, c.AuthorName, c.Body, c.CreatedAt))
            .ToListAsync(cancellationToken);
        return new Paged<CommentView>(items, query.Page, query.PageSize, total);
    }
}
