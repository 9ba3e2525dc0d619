using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.GetPostPage;

internal sealed class GetPostPageHandler(ContentDbContext db) : IQueryHandler<GetPostPage, Result<PostPageView>>
{
    public async ValueTask<Result<PostPageView>> Handle(GetPostPage query, CancellationToken cancellationToken)
    {
        var address = await PublicPosts.ResolveAsync(db, query.Slug, cancellationToken);
        if (address.MovedTo is { } movedTo)
        {
            return new PostPageView(null, movedTo);
        }

        if (address.Post is not { } post)
        {
            return Error.NotFound("post");
        }

        // Published comments only (pending, hidden and deleted ones are not shown), oldest first.
        var comments = await db.Comments.AsNoTracking()
            .Where(c => c.PostId == post.Id && c.Status == CommentStatus.Published)
            .OrderBy(c => c.PublishedAt).ThenBy(c => c.Id)
            .Select(c => new PostCommentView(c.Id, c.AuthorName, c.Body, c.PublishedAt ?? c.CreatedAt))
            .ToListAsync(cancellationToken);
        var tags = post.Tags.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => new PostTagView(t.Tag, t.Name)).ToList();
        return new PostPageView(
            new PostArticleView(post.Slug, post.Title, post.Summary, post.AuthorName, post.PublishedAt ?? post.UpdatedAt, post.UpdatedAt, post.Html, tags, comments),
            null);
    }
}
