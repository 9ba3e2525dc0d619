using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.UpdatePost;

internal sealed class UpdatePostHandler(ContentDbContext db, ModerationLog log, TimeProvider clock) : ICommandHandler<UpdatePost, Result<PostEditorView>>
{
    public async ValueTask<Result<PostEditorView>> Handle(UpdatePost command, CancellationToken cancellationToken)
    {
        var post = await EditedPosts.FindAsync(db, command.PostId, cancellationToken);
        if (post is null)
        {
            return PostErrors.NotFound;
        }

        if (post.Version != command.Version)
        {
            return PostErrors.VersionConflict;
        }

        var now = clock.GetUtcNow();
        var changed = false;
        if (command.Slug is { } slug && slug != post.Slug)
        {
            if (await SlugAvailability.IsTakenAsync(db, slug, post.Id, cancellationToken))
            {
                return PostErrors.SlugTaken;
            }

            // Back to one of its own old slugs: that one is current again, no longer an old one.
            var own = await db.PostSlugs.FirstOrDefaultAsync(s => s.Slug == slug && s.PostId == post.Id, cancellationToken);
            if (own is not null)
            {
                db.PostSlugs.Remove(own);
            }

            db.PostSlugs.Add(new PostSlug { Slug = post.Slug, PostId = post.Id, RetiredAt = now });
            post.Slug = slug;
            changed = true;
        }

        changed |= PostWriting.Apply(post, command.Title.Trim(), command.Summary.Trim(), command.Markdown, command.Tags);
        if (changed)
        {
            post.Version = command.Version + 1;
            post.UpdatedAt = now;
            log.Record(ModerationActions.PostUpdated, ModerationTargets.Post, post.Id);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return PostErrors.VersionConflict;
            }
            catch (DbUpdateException)
            {
                // Another post took the new slug at the same moment (the unique index).
                return PostErrors.SlugTaken;
            }
        }

        return PostEditorView.From(post, await EditedPosts.OldSlugsAsync(db, post.Id, cancellationToken));
    }
}
