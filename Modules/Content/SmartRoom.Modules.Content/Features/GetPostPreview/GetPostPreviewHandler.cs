using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.GetPostPreview;

internal sealed class GetPostPreviewHandler(ContentDbContext db) : IQueryHandler<GetPostPreview, Result<PublicPostView>>
{
    public async ValueTask<Result<PublicPostView>> Handle(GetPostPreview query, CancellationToken cancellationToken)
    {
        var post = await db.Posts.AsNoTracking().Include(p => p.Tags).FirstOrDefaultAsync(p => p.Id == query.PostId, cancellationToken);
        return post is null ? PostErrors.NotFound : PublicPostView.From(post);
    }
}
