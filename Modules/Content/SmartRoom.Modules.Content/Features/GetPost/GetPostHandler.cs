using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.GetPost;

internal sealed class GetPostHandler(ContentDbContext db) : IQueryHandler<GetPost, Result<PostEditorView>>
{
    public async ValueTask<Result<PostEditorView>> Handle(GetPost query, CancellationToken cancellationToken)
    {
        var post = await db.Posts.AsNoTracking().Include(p => p.Tags).FirstOrDefaultAsync(p => p.Id == query.PostId, cancellationToken);
        return post is null ? PostErrors.NotFound : PostEditorView.From(post, await EditedPosts.OldSlugsAsync(db, post.Id, cancellationToken));
    }
}
