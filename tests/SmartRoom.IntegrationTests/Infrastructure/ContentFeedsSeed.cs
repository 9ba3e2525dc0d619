using System.Text.RegularExpressions;
using Ganss.Xss;
using Markdig;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Content.Domain;
using SmartRoom.Modules.Content.Persistence;

namespace SmartRoom.IntegrationTests.Infrastructure;

/// <summary>A post as a feed test plants it: published by default, at <see cref="PublishedAt"/> (else a minute apart, in order).</summary>
internal sealed record PostSeed(string Title)
{
    public string? Slug { get; init; }

    public string Summary { get; init; } = "What this post is about.";

    public string Markdown { get; init; } = "Deal rooms *keep* documents safe. See [the docs](https://docs.example/rooms).";

    public PostStatus Status { get; init; } = PostStatus.Published;

    public DateTimeOffset? PublishedAt { get; init; }

    public string Author { get; init; } = "Mara Quill";

    public string[] Tags { get; init; } = [];
}

/// <summary>
/// Plants blog posts straight into Content's tables, their HTML rendered from Markdown and sanitised as a saved post's
/// is (Markdig, then HtmlSanitizer keeping http, https and mailto links and no form controls), for the feed and sitemap tests.
/// </summary>
internal static partial class ContentFeedsSeed
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAutoLinks().UsePipeTables().Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string Render(string markdown) => Sanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown, Pipeline));

    /// <summary>A name as an address segment: lower-case letters and digits joined by hyphens, at most 50 characters.</summary>
    public static string TagOf(string name)
    {
        var slug = NotSlug().Replace(name.ToLowerInvariant(), "-").Trim('-');
        return slug.Length <= 50 ? slug : slug[..50].TrimEnd('-');
    }

    public static async Task<IReadOnlyList<(Guid Id, string Slug)>> SeedPostsAsync(this SmartRoomApp app, params PostSeed[] seeds)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var now = app.Clock.GetUtcNow();
        var planted = new List<(Guid, string)>();
        for (var i = 0; i < seeds.Length; i++)
        {
            var seed = seeds[i];
            var id = Guid.CreateVersion7();
            var slug = seed.Slug ?? $"{TagOf(seed.Title)}-{id.ToString("N")[^8..]}".TrimStart('-');
            var everPublished = seed.Status is PostStatus.Published or PostStatus.Unpublished;
            var publishedAt = everPublished ? seed.PublishedAt ?? now.AddMinutes(i - seeds.Length) : (DateTimeOffset?)null;
            var created = (publishedAt ?? now).AddDays(-1);
            db.Posts.Add(new Post
            {
                Id = id,
                Slug = slug,
                Title = seed.Title,
                Summary = seed.Summary,
                Markdown = seed.Markdown,
                Html = Render(seed.Markdown),
                Status = seed.Status,
                PublishAt = seed.Status == PostStatus.Scheduled ? now.AddDays(2) : null,
                PublishedAt = publishedAt,
                AuthorId = Guid.CreateVersion7(),
                AuthorName = seed.Author,
                CreatedAt = created,
                UpdatedAt = created,
                Version = 1,
                Tags = seed.Tags.Select(t => new PostTag { PostId = id, Tag = TagOf(t), Name = t }).ToList(),
            });
            planted.Add((id, slug));
        }

        await db.SaveChangesAsync();
        return planted;
    }

    public static async Task<(Guid Id, string Slug)> SeedPostAsync(this SmartRoomApp app, PostSeed seed) => (await app.SeedPostsAsync(seed))[0];

    /// <summary>Changes a post as an edit by marketing does: the change, a new version, <see cref="Post.UpdatedAt"/> now.</summary>
    /// <summary>Changes a post as an edit would; answers the time written as its <c>UpdatedAt</c> (the test clock runs on).</summary>
    public static async Task<DateTimeOffset> ChangePostAsync(this SmartRoomApp app, Guid id, Action<Post> change)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var post = await db.Posts.SingleAsync(p => p.Id == id);
        change(post);
        post.Version++;
        post.UpdatedAt = app.Clock.GetUtcNow();
        await db.SaveChangesAsync();
        return post.UpdatedAt;
    }

    public static Task UnpublishPostAsync(this SmartRoomApp app, Guid id) => app.ChangePostAsync(id, p => p.Status = PostStatus.Unpublished);

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in (ReadOnlySpan<string>)["https", "http", "mailto"])
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.Remove("class");
        // A post has no business holding a form: its controls could post anywhere or dress up as the site's own.
        foreach (var tag in (ReadOnlySpan<string>)["form", "input", "button", "select", "option", "optgroup", "textarea", "label", "fieldset", "legend"])
        {
            sanitizer.AllowedTags.Remove(tag);
        }

        return sanitizer;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();
}
