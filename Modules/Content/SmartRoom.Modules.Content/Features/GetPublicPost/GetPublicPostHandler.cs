using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.GetPublicPost;

internal sealed class GetPublicPostHandler(ContentDbContext db) : IQueryHandler<GetPublicPost, Result<PublicPostAnswer>>
{
    public async ValueTask<Result<PublicPostAnswer>> Handle(GetPublicPost query, CancellationToken cancellationToken)
    {
        var address = await PublicPosts.ResolveAsync(db, query.Slug, cancellationToken);
        return address switch
        {
            { Post: { } post } => new PublicPostAnswer(PublicPostView.From(post), PublicCaching.ETag(post.Id, post.Version), null),
            { MovedTo: { } current } => new PublicPostAnswer(null, null, current),
            _ => PostErrors.NotFound,
        };
    }
}
