using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Content.Features.ListPosts;

internal sealed class ListPostsHandler(ContentDbContext db) : IQueryHandler<ListPosts, Result<Paged<EditorPostItem>>>
{
    public async ValueTask<Result<Paged<EditorPostItem>>> Handle(ListPosts query, CancellationToken cancellationToken)
    {
        var posts = db.Posts.AsNoTracking();
        if (query.Status is { } status)
        {
            posts = posts.Where(p => p.Status == status);
        }

        if (query.Tag is { } tag)
        {
            posts = posts.Where(p => p.Tags.Any(t => t.Tag == tag));
        }

        var total = await posts.CountAsync(cancellationToken);
        var items = await posts.OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(p => new EditorPostItem(p.Id, p.Slug, p.Title, p.Status, p.Version, p.PublishAt, p.PublishedAt, p.AuthorName, p.UpdatedAt,
                p.Tags.OrderBy(t => t.Tag).Select(t => t.Tag).ToList()))
            .ToListAsync(cancellationToken);
        return new Paged<EditorPostItem>(items, query.Page, query.PageSize, total);
    }
}
