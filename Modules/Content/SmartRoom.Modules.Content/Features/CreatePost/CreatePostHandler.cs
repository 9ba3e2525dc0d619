using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.CreatePost;

internal sealed class CreatePostHandler(ContentDbContext db, ModerationLog log, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<CreatePost, Result<PostEditorView>>
{
    public async ValueTask<Result<PostEditorView>> Handle(CreatePost command, CancellationToken cancellationToken)
    {
        string slug;
        if (command.Slug is { } wanted)
        {
            if (await SlugAvailability.IsTakenAsync(db, wanted, null, cancellationToken))
            {
                return PostErrors.SlugTaken;
            }

            slug = wanted;
        }
        else
        {
            slug = await SlugAvailability.FirstFreeAsync(db, Slugs.From(command.Title) is { Length: > 0 } made ? made : "post", cancellationToken);
        }

        var now = clock.GetUtcNow();
        var post = new Post
        {
            Id = Guid.CreateVersion7(),
            Slug = slug,
            Title = "",
            Summary = "",
            Markdown = "",
            Html = "",
            Status = PostStatus.Draft,
            AuthorId = caller.Id!.Value,
            AuthorName = caller.DisplayName ?? "",
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        PostWriting.Apply(post, command.Title.Trim(), command.Summary.Trim(), command.Markdown, command.Tags);
        db.Posts.Add(post);
        log.Record(ModerationActions.PostCreated, ModerationTargets.Post, post.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another post took the slug at the same moment (the unique index on the slug is all a new post can run into).
            return PostErrors.SlugTaken;
        }

        return PostEditorView.From(post, []);
    }
}
