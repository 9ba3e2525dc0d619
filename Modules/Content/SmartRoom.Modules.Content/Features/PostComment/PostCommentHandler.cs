using System.Data;
using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SmartRoom.Modules.Content.Features.PostComment;

/// <summary>
/// The limits are counted in the database inside one serializable transaction with the insert: on SQLite the
/// transaction holds the write lock from its start, on PostgreSQL two posts that would both pass a limit conflict and
/// the later one is made again in a fresh scope, where it sees the other. So a limit is never passed, not even by
/// concurrent posts on several instances; a refused post leaves nothing behind.
/// </summary>
internal sealed partial class PostCommentHandler(
    ContentDbContext db, IServiceScopeFactory scopes, ICurrentUser caller, CommentFingerprints fingerprints, CommentLimits limits,
    RetryAfter retryAfter, TimeProvider clock, ILogger<PostCommentHandler> logger)
    : ICommandHandler<PostComment, Result<PostedCommentView>>
{
    private const int Attempts = 8;
    private const string FallbackName = "Reader";

    public async ValueTask<Result<PostedCommentView>> Handle(PostComment command, CancellationToken cancellationToken)
    {
        var body = command.Body!;
        var links = CommentText.CountLinks(body);
        if (links > limits.MaxLinks)
        {
            return CommentErrors.TooManyLinks(limits.MaxLinks);
        }

        if (await PublicComments.PostAsync(db, command.Slug, cancellationToken) is not { } post)
        {
            return CommentErrors.PostNotFound;
        }

        var author = caller.Id!.Value;
        var name = caller.DisplayName is { Length: > 0 } given && given != caller.Email ? given[..Math.Min(given.Length, 200)] : FallbackName;
        if (!string.IsNullOrEmpty(command.Website))
        {
            HoneypotFilled(logger, author, post.Id);
            return new PostedCommentView(Guid.CreateVersion7(), post.Slug, name, body, CommentStatus.Pending, clock.GetUtcNow());
        }

        if (await CommenterBans.InForceAsync(db, author, clock.GetUtcNow(), cancellationToken) is { } ban)
        {
            return CommentErrors.Banned(ban);
        }

        var draft = new Draft(post.Id, post.Slug, author, name, body, fingerprints.Body(body), links, fingerprints.Address(caller.IpAddress));
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                return await PostAsync(scope.ServiceProvider, draft, cancellationToken);
            }
            catch (Exception e) when (attempt < Attempts && IsConflict(e))
            {
                // A concurrent post conflicted with this one (PostgreSQL's serializable isolation): count again.
                await Task.Delay(Random.Shared.Next(5, 20 * attempt), cancellationToken);
            }
        }
    }

    private async Task<Result<PostedCommentView>> PostAsync(IServiceProvider services, Draft draft, CancellationToken ct)
    {
        var scoped = services.GetRequiredService<ContentDbContext>();
        var log = services.GetRequiredService<ModerationLog>();
        await using var transaction = await scoped.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
        var now = clock.GetUtcNow();

        var longest = limits.AccountWindow > limits.AccountDailyWindow ? limits.AccountWindow : limits.AccountDailyWindow;
        var mine = await TimesAsync(scoped.Comments.Where(c => c.AuthorId == draft.Author && c.CreatedAt > now - longest), ct);
        var fromAddress = await TimesAsync(scoped.Comments.Where(c => c.AddressHash == draft.AddressHash && c.CreatedAt > now - limits.AddressWindow), ct);
        TimeSpan?[] waits =
        [
            Wait(mine, limits.PerAccount, limits.AccountWindow, now),
            Wait(mine, limits.PerAccountDaily, limits.AccountDailyWindow, now),
            Wait(fromAddress, limits.PerAddress, limits.AddressWindow, now),
        ];
        if (waits.Max() is { } wait)
        {
            retryAfter.Wait = wait;
            return CommentErrors.TooMany(wait);
        }

        var ownSince = now - limits.OwnDuplicateWindow;
        var anyoneSince = now - limits.AnyoneDuplicateWindow;
        if (await scoped.Comments.AnyAsync(c => c.AuthorId == draft.Author && c.BodyHash == draft.BodyHash && c.CreatedAt > ownSince, ct)
            || await scoped.Comments.CountAsync(c => c.BodyHash == draft.BodyHash && c.CreatedAt > anyoneSince, ct) >= limits.AnyoneDuplicates - 1)
        {
            return CommentErrors.Duplicate;
        }

        var firstTime = !await scoped.Comments.AnyAsync(c => c.AuthorId == draft.Author && c.Status == CommentStatus.Published, ct);
        var status = firstTime || draft.Links > 0 ? CommentStatus.Pending : CommentStatus.Published;
        var comment = new Comment
        {
            Id = Guid.CreateVersion7(),
            PostId = draft.PostId,
            AuthorId = draft.Author,
            AuthorName = draft.AuthorName,
            Body = draft.Body,
            BodyHash = draft.BodyHash,
            LinkCount = draft.Links,
            Status = status,
            CreatedAt = now,
            PublishedAt = status == CommentStatus.Published ? now : null,
            AddressHash = draft.AddressHash,
            Version = 1,
        };
        scoped.Comments.Add(comment);
        // The author's own action: on the record, but without the address (comments keep only its keyed hash).
        log.Record(ModerationActions.CommentPosted, ModerationTargets.Comment, comment.Id, keepAddress: false);
        await scoped.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new PostedCommentView(comment.Id, draft.PostSlug, comment.AuthorName, comment.Body, comment.Status, comment.CreatedAt);
    }

    /// <summary>A serialization failure or a write conflict, as the provider reports it (EF may wrap it as a transient failure).</summary>
    private static bool IsConflict(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is DbUpdateException or DbException)
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<List<DateTimeOffset>> TimesAsync(IQueryable<Comment> comments, CancellationToken ct) =>
        (await comments.Select(c => c.CreatedAt).ToListAsync(ct)).Order().ToList();

    /// <summary>How long until fewer than <paramref name="limit"/> of <paramref name="times"/> (sorted) fall in the window; null when they already do.</summary>
    private static TimeSpan? Wait(List<DateTimeOffset> times, int limit, TimeSpan window, DateTimeOffset now)
    {
        var inWindow = times.Where(t => t > now - window).ToList();
        return inWindow.Count < limit ? null : inWindow[inWindow.Count - limit] + window - now;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A comment by account {AccountId} on post {PostId} filled the honeypot field; nothing was stored.")]
    private static partial void HoneypotFilled(ILogger logger, Guid accountId, Guid postId);

    private sealed record Draft(Guid PostId, string PostSlug, Guid Author, string AuthorName, string Body, string BodyHash, int Links, string AddressHash);
}
