using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Content.Domain;
using SmartRoom.Modules.Content.Persistence;

namespace SmartRoom.IntegrationTests.Infrastructure;

/// <summary>
/// Arranges the blog and the testimonials the public site reads, straight through Content's DbContext (the posts,
/// comments and testimonials APIs grow beside the site; a post's <c>Html</c> here is plain safe HTML, as the shared
/// Markdown renderer would produce).
/// </summary>
internal static class ContentSiteSeed
{
    public sealed record SeededPost(Guid Id, string Slug, string Title);

    public static async Task<SeededPost> PostAsync(
        this SmartRoomApp app, string title, string? slug = null, PostStatus status = PostStatus.Published, string? summary = null,
        string? html = null, IEnumerable<(string Tag, string Name)>? tags = null, DateTimeOffset? publishedAt = null,
        DateTimeOffset? updatedAt = null, string author = "Mira Editor")
    {
        var now = app.Clock.GetUtcNow();
        var id = Guid.CreateVersion7();
        var post = new Post
        {
            Id = id,
            Slug = slug ?? $"post-{id:N}",
            Title = title,
            Summary = summary ?? $"What {title} is about.",
            Markdown = $"# {title}",
            Html = html ?? "<p>The body of the post, with <em>emphasis</em> and a <a href=\"https://example.com/\">link</a>.</p>",
            Status = status,
            PublishedAt = status == PostStatus.Published ? publishedAt ?? now : null,
            AuthorId = Guid.CreateVersion7(),
            AuthorName = author,
            CreatedAt = (publishedAt ?? now).AddHours(-1),
            UpdatedAt = updatedAt ?? publishedAt ?? now,
            Version = 1,
        };
        foreach (var (tag, name) in tags ?? [])
        {
            post.Tags.Add(new PostTag { PostId = id, Tag = tag, Name = name });
        }

        await WithDbAsync(app, db => db.Posts.Add(post));
        return new SeededPost(id, post.Slug, title);
    }

    /// <summary>Records that the post was once at <paramref name="slug"/>.</summary>
    public static Task OldSlugAsync(this SmartRoomApp app, Guid postId, string slug) =>
        WithDbAsync(app, db => db.PostSlugs.Add(new PostSlug { Slug = slug, PostId = postId, RetiredAt = app.Clock.GetUtcNow() }));

    public static async Task<Guid> CommentAsync(
        this SmartRoomApp app, Guid postId, string body, string author = "Sam Reader", CommentStatus status = CommentStatus.Published,
        DateTimeOffset? at = null)
    {
        var id = Guid.CreateVersion7();
        var when = at ?? app.Clock.GetUtcNow();
        await WithDbAsync(app, db => db.Comments.Add(new Comment
        {
            Id = id,
            PostId = postId,
            AuthorId = Guid.CreateVersion7(),
            AuthorName = author,
            Body = body,
            BodyHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body))),
            Status = status,
            CreatedAt = when,
            PublishedAt = status == CommentStatus.Published ? when : null,
            AddressHash = new string('0', 64),
            Version = 1,
        }));
        return id;
    }

    public static async Task<Guid> TestimonialAsync(
        this SmartRoomApp app, string quote, string name = "Ada Customer", string title = "CFO", string company = "Acme Ltd",
        TestimonialStatus status = TestimonialStatus.Approved, bool showName = true, bool showCompany = true, bool showLogo = false,
        bool showPhoto = false, Guid? logo = null, Guid? photo = null, bool featured = false, int position = 0)
    {
        var id = Guid.CreateVersion7();
        var now = app.Clock.GetUtcNow();
        await WithDbAsync(app, db => db.Testimonials.Add(new Testimonial
        {
            Id = id,
            AuthorId = Guid.CreateVersion7(),
            SubmittedBy = Guid.CreateVersion7(),
            AuthorEmail = "customer@example.test",
            Quote = quote,
            Name = name,
            Title = title,
            Company = company,
            LogoImageId = logo,
            PhotoImageId = photo,
            ShowName = showName,
            ShowCompany = showCompany,
            ShowLogo = showLogo,
            ShowPhoto = showPhoto,
            Status = status,
            Featured = featured,
            Position = position,
            CreatedAt = now,
            UpdatedAt = now,
            PublishedAt = status == TestimonialStatus.Approved ? now : null,
            Version = 1,
        }));
        return id;
    }

    private static async Task WithDbAsync(SmartRoomApp app, Action<ContentDbContext> change)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        change(db);
        await db.SaveChangesAsync();
    }
}
