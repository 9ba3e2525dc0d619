using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Content.Domain;
using SmartRoom.Modules.Content.Features.SendRemovalReminders;
using SmartRoom.Modules.Content.Persistence;

namespace SmartRoom.IntegrationTests.Infrastructure;

public sealed record RemovalReceiptDto(Guid Id, DateTimeOffset DueAt);

public sealed record RemovalContentDto(string Kind, Guid Id, Guid PostId, string Title, string Excerpt, string Where, string Status);

public sealed record RemovalDecisionDto(bool Removed, string Reason, Guid? DecidedBy, DateTimeOffset DecidedAt);

public sealed record RemovalRequestDto(Guid Id, string Status, string Url, RemovalContentDto Content, Guid? RequesterId, string RequesterEmail,
    string RequesterName, string Reason, DateTimeOffset ReceivedAt, DateTimeOffset DueAt, bool Overdue, RemovalDecisionDto? Decision);

public sealed record ModerationRecordDto(Guid Id, DateTimeOffset At, Guid? ActorId, string Action, string TargetKind, Guid TargetId, string? Reason,
    string? IpAddress, string? UserAgent);

public sealed record SeededPost(Guid Id, string Slug, string Title);

/// <summary>
/// Removal requests as the public and marketing drive them. Posts and comments are arranged straight in Content's
/// tables (<see cref="SeedPostAsync"/>, <see cref="SeedCommentAsync"/>) until the blog's and the comments' own APIs
/// can arrange them.
/// </summary>
public static class ContentRemovalsApi
{
    public const string Path = "/api/content/removal-requests";
    public const string Moderation = "/api/content/moderation/removal-requests";

    /// <summary>A post with a fresh slug (and, when asked, an old slug that moves to it), published unless said otherwise.</summary>
    public static async Task<SeededPost> SeedPostAsync(this SmartRoomApp app, string? title = null, bool published = true, string? oldSlug = null)
    {
        var slug = "post-" + Guid.NewGuid().ToString("N")[..10];
        var now = app.Clock.GetUtcNow();
        var post = new Post
        {
            Id = Guid.CreateVersion7(),
            Slug = slug,
            Title = title ?? "Quarterly results " + slug,
            Summary = "What happened this quarter.",
            Markdown = "Numbers.",
            Html = "<p>Numbers.</p>",
            Status = published ? PostStatus.Published : PostStatus.Draft,
            PublishedAt = published ? now : null,
            AuthorId = Guid.CreateVersion7(),
            AuthorName = "Mia Marketing",
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        db.Posts.Add(post);
        if (oldSlug is not null)
        {
            db.PostSlugs.Add(new PostSlug { Slug = oldSlug, PostId = post.Id, RetiredAt = now });
        }

        await db.SaveChangesAsync();
        return new SeededPost(post.Id, slug, post.Title);
    }

    public static async Task<Guid> SeedCommentAsync(this SmartRoomApp app, Guid postId, string body = "I was at that meeting.", bool published = true)
    {
        var now = app.Clock.GetUtcNow();
        var comment = new Comment
        {
            Id = Guid.CreateVersion7(),
            PostId = postId,
            AuthorId = Guid.CreateVersion7(),
            AuthorName = "Carl Commenter",
            Body = body,
            BodyHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body))),
            Status = published ? CommentStatus.Published : CommentStatus.Pending,
            CreatedAt = now,
            PublishedAt = published ? now : null,
            AddressHash = new string('a', 64),
            Version = 1,
        };
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        db.Comments.Add(comment);
        await db.SaveChangesAsync();
        return comment.Id;
    }

    /// <summary>Reads Content's tables in a scope of their own.</summary>
    internal static async Task<T> ContentAsync<T>(this SmartRoomApp app, Func<ContentDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<ContentDbContext>());
    }

    public static Task<HttpResponseMessage> RequestRemovalAsync(this HttpClient client, string? url, string? reason = "It names me.", string? email = null,
        string? name = null) =>
        client.PostAsJsonAsync(Path, new { url, reason, email, name });

    public static async Task<RemovalReceiptDto> RequestedRemovalAsync(this HttpClient client, string url, string? email = null, string? name = null,
        string reason = "It names me.")
    {
        var response = await client.RequestRemovalAsync(url, reason, email, name);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<RemovalReceiptDto>())!;
    }

    public static Task<HttpResponseMessage> DecideAsync(this HttpClient client, Guid id, bool? remove, string? reason) =>
        client.PostAsJsonAsync($"{Moderation}/{id}/decide", new { remove, reason });

    public static async Task<RemovalRequestDto> DecidedAsync(this HttpClient marketing, Guid id, bool remove, string reason)
    {
        var response = await marketing.DecideAsync(id, remove, reason);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<RemovalRequestDto>())!;
    }

    public static async Task<RemovalRequestDto> RemovalRequestAsync(this HttpClient marketing, Guid id) =>
        (await marketing.GetFromJsonAsync<RemovalRequestDto>($"{Moderation}/{id}"))!;

    public static async Task<(RemovalRequestDto[] Items, int Total)> RemovalRequestsAsync(this HttpClient marketing, string query = "")
    {
        var page = await marketing.GetFromJsonAsync<JsonElement>(Moderation + query);
        return (page.GetProperty("items").Deserialize<RemovalRequestDto[]>(Json)!, page.GetProperty("total").GetInt32());
    }

    public static async Task<ModerationRecordDto[]> ModerationRecordsAsync(this HttpClient marketing, string query = "") =>
        (await marketing.GetFromJsonAsync<JsonElement>("/api/content/moderation/records" + query)).GetProperty("items").Deserialize<ModerationRecordDto[]>(Json)!;

    /// <summary>What the hourly job does: sends its command (tests run no Hangfire server).</summary>
    internal static async Task<RemovalRemindersRun> SendRemovalRemindersAsync(this SmartRoomApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var run = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SendRemovalReminders());
        run.IsSuccess.ShouldBeTrue();
        return run.Value;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
