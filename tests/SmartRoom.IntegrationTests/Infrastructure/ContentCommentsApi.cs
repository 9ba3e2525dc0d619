using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Content.Domain;
using SmartRoom.Modules.Content.Persistence;

namespace SmartRoom.IntegrationTests.Infrastructure;

/// <summary>
/// The comment flows as readers, commenters and marketing drive them; and the posts they comment on, planted straight
/// into Content's tables (<see cref="PublishedPostAsync"/>) until the blog's own API arranges them.
/// </summary>
internal static class ContentCommentsApi
{
    /// <summary>A published post (or one in <paramref name="status"/>), planted in Content's tables; answers its slug.</summary>
    public static async Task<string> PublishedPostAsync(this SmartRoomApp app, string? title = null, string status = "Published")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var now = app.Clock.GetUtcNow();
        var slug = "post-" + Guid.NewGuid().ToString("N")[..12];
        var published = Enum.Parse<PostStatus>(status) == PostStatus.Published;
        db.Posts.Add(new Post
        {
            Id = Guid.CreateVersion7(),
            Slug = slug,
            Title = title ?? "A post " + slug,
            Summary = "What the post says.",
            Markdown = "Some *text*.",
            Html = "<p>Some <em>text</em>.</p>",
            Status = Enum.Parse<PostStatus>(status),
            PublishedAt = published ? now : null,
            AuthorId = Guid.CreateVersion7(),
            AuthorName = "Marketing",
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        });
        await db.SaveChangesAsync();
        return slug;
    }

    /// <summary>Gives a post a new slug, keeping the old one as a retired address (as a title change with a new slug does).</summary>
    public static async Task<string> MovePostAsync(this SmartRoomApp app, string slug)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var post = await db.Posts.SingleAsync(p => p.Slug == slug);
        post.Slug = slug + "-moved";
        db.PostSlugs.Add(new PostSlug { Slug = slug, PostId = post.Id, RetiredAt = app.Clock.GetUtcNow() });
        await db.SaveChangesAsync();
        return post.Slug;
    }

    /// <summary>A fresh sign-in of <paramref name="user"/> (access tokens expire while a test moves the clock by hours).</summary>
    public static async Task<HttpClient> SignedInClientAsync(this SmartRoomApp app, SignedInUser user, string? ip = null) =>
        app.ClientWithToken((await app.CreateClient().LoginForTokensAsync(user.Email, user.Password)).AccessToken, ip);

    public static Task<HttpResponseMessage> CommentAsync(this HttpClient client, string slug, string body, string? website = null) =>
        client.PostAsJsonAsync($"/api/content/posts/{slug}/comments", new { body, website });

    /// <summary>Posts a comment that must be accepted; answers it (id, status, …).</summary>
    public static async Task<JsonElement> PostCommentAsync(this HttpClient client, string slug, string body)
    {
        var response = await client.CommentAsync(slug, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static string Status(this JsonElement item) => item.GetProperty("status").GetString()!;

    /// <summary>The public list of a post's comments (all pages' worth up to 100).</summary>
    public static async Task<List<JsonElement>> PublicCommentsAsync(this HttpClient client, string slug)
    {
        var response = await client.GetAsync($"/api/content/posts/{slug}/comments?pageSize=100");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().ToList();
    }

    public static async Task<List<JsonElement>> MyCommentsAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/content/comments/mine?pageSize=100")).GetProperty("items").EnumerateArray().ToList();

    public static Task<HttpResponseMessage> ReportAsync(this HttpClient client, Guid commentId, string reason = "This is abusive.") =>
        client.PostAsJsonAsync($"/api/content/comments/{commentId}/report", new { reason });

    /// <summary>A moderation step (<c>approve</c>, <c>hide</c>, <c>delete</c>) on a comment.</summary>
    public static Task<HttpResponseMessage> ModerateAsync(this HttpClient client, Guid commentId, string step, string? reason = null, int? version = null) =>
        client.PostAsJsonAsync($"/api/content/moderation/comments/{commentId}/{step}", new { reason, version });

    /// <summary>Marketing approves the comment; answers it as moderated.</summary>
    public static async Task<JsonElement> ApproveCommentAsync(this HttpClient marketing, Guid commentId)
    {
        var response = await marketing.ModerateAsync(commentId, "approve");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<List<JsonElement>> ModerationQueueAsync(this HttpClient marketing, string query = "")
    {
        var response = await marketing.GetAsync("/api/content/moderation/comments?pageSize=100" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().ToList();
    }

    /// <summary>A signed-in commenter whose first comment marketing approved, so the next ones publish at once.</summary>
    public static async Task<(HttpClient Client, SignedInUser User)> TrustedCommenterAsync(this SmartRoomApp app, HttpClient marketing, string slug, string? ip = null)
    {
        var user = await app.SignUpAsync();
        var client = app.ClientWithToken(user.Tokens.AccessToken, ip);
        var first = await client.PostCommentAsync(slug, "Hello, first time here " + Guid.NewGuid().ToString("N")[..6]);
        await marketing.ApproveCommentAsync(first.Id());
        return (client, user);
    }

    public static async Task<long> CommentRowsAsync(this SmartRoomApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Comments.LongCountAsync();
    }

    public static async Task<Comment> CommentRowAsync(this SmartRoomApp app, Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Comments.AsNoTracking().SingleAsync(c => c.Id == id);
    }

    public static async Task<List<ModerationRecord>> ModerationRecordsAsync(this SmartRoomApp app, Guid targetId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentDbContext>().ModerationRecords.AsNoTracking()
            .Where(r => r.TargetId == targetId).OrderBy(r => r.At).ToListAsync();
    }

    /// <summary>A comment planted straight into Content's tables on <paramref name="slug"/>'s post, in <paramref name="status"/>.</summary>
    public static async Task<Guid> SeedCommentAsync(this SmartRoomApp app, string slug, string status = "Published", Guid? authorId = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var postId = await db.Posts.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync();
        var now = app.Clock.GetUtcNow();
        var state = Enum.Parse<CommentStatus>(status);
        var id = Guid.CreateVersion7();
        db.Comments.Add(new Comment
        {
            Id = id, PostId = postId, AuthorId = authorId ?? Guid.CreateVersion7(), AuthorName = "Planted Reader", Body = "A planted comment " + id,
            BodyHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(id.ToByteArray())), Status = state, CreatedAt = now,
            PublishedAt = state == CommentStatus.Published ? now : null, AddressHash = new string('0', 64), Version = 1,
        });
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>An account id banned from commenting, planted straight into Content's tables.</summary>
    public static async Task<Guid> SeedBanAsync(this SmartRoomApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var userId = Guid.CreateVersion7();
        db.CommenterBans.Add(new CommenterBan
        {
            Id = Guid.CreateVersion7(), UserId = userId, Reason = "Planted ban", BannedAt = app.Clock.GetUtcNow(), BannedBy = Guid.CreateVersion7(), Version = 1,
        });
        await db.SaveChangesAsync();
        return userId;
    }
}
