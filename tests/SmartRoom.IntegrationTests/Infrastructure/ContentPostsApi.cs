using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SmartRoom.IntegrationTests.Infrastructure;

public sealed record PostTagDto(string Tag, string Name);

/// <summary>A post as marketing reads it (<c>/api/content/editor/posts/{id}</c>).</summary>
public sealed record EditorPostDto(
    Guid Id, string Slug, string Title, string Summary, string Markdown, string Html, string Status, int Version,
    DateTimeOffset? PublishAt, DateTimeOffset? PublishedAt, Guid AuthorId, string AuthorName, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    PostTagDto[] Tags, string[] OldSlugs);

/// <summary>A post as the public reads it (<c>/api/content/posts/{slug}</c>) and as marketing previews it.</summary>
public sealed record PublicPostDto(
    Guid Id, string Slug, string Title, string Summary, string Html, string AuthorName, DateTimeOffset? PublishedAt, DateTimeOffset UpdatedAt, PostTagDto[] Tags);

public sealed record PostSummaryDto(string Slug, string Title, string Summary, string AuthorName, DateTimeOffset? PublishedAt, DateTimeOffset UpdatedAt, PostTagDto[] Tags);

public sealed record PagedDto<T>(T[] Items, int Page, int PageSize, int Total);

public sealed record TagCountDto(string Tag, string Name, int Posts);

/// <summary>The blog as marketing writes it and the public reads it.</summary>
public static class ContentPostsApi
{
    public const string Editor = "/api/content/editor/posts";

    public static Task<HttpResponseMessage> CreatePostResponseAsync(this HttpClient marketing, object body) =>
        marketing.PostAsJsonAsync(Editor, body);

    /// <summary>A new draft post (the title's slug unless one is given).</summary>
    public static async Task<EditorPostDto> CreatePostAsync(this HttpClient marketing, string title = "Closing a deal in 30 days", string? slug = null,
        string markdown = "# Hello\n\nSome *text*.", string summary = "What it takes.", string[]? tags = null)
    {
        var response = await marketing.CreatePostResponseAsync(new { title, summary, markdown, tags = tags ?? ["Deals"], slug });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<EditorPostDto>())!;
    }

    public static Task<HttpResponseMessage> PublishPostResponseAsync(this HttpClient marketing, Guid postId, DateTimeOffset? publishAt = null) =>
        marketing.PostAsJsonAsync($"{Editor}/{postId}/publish", new { publishAt });

    /// <summary>Publishes the post now (or schedules it, given a future time).</summary>
    public static async Task<EditorPostDto> PublishPostAsync(this HttpClient marketing, Guid postId, DateTimeOffset? publishAt = null)
    {
        var response = await marketing.PublishPostResponseAsync(postId, publishAt);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<EditorPostDto>())!;
    }

    /// <summary>A new post, published now: where most tests of the public blog begin.</summary>
    public static async Task<EditorPostDto> PublishedPostAsync(this HttpClient marketing, string title = "Closing a deal in 30 days", string[]? tags = null,
        string markdown = "# Hello\n\nSome *text*.") =>
        await marketing.PublishPostAsync((await marketing.CreatePostAsync(title, tags: tags, markdown: markdown)).Id);

    public static async Task<EditorPostDto> UnpublishPostAsync(this HttpClient marketing, Guid postId)
    {
        var response = await marketing.PostAsync($"{Editor}/{postId}/unpublish", null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<EditorPostDto>())!;
    }

    public static Task<HttpResponseMessage> UpdatePostResponseAsync(this HttpClient marketing, Guid postId, object body) =>
        marketing.PutAsJsonAsync($"{Editor}/{postId}", body);

    /// <summary>Changes a post from what marketing read of it: the given parts, the rest as they were.</summary>
    public static async Task<EditorPostDto> UpdatePostAsync(this HttpClient marketing, EditorPostDto post, string? title = null, string? markdown = null,
        string? slug = null, string[]? tags = null, string? summary = null)
    {
        var response = await marketing.UpdatePostResponseAsync(post.Id, new
        {
            title = title ?? post.Title, summary = summary ?? post.Summary, markdown = markdown ?? post.Markdown,
            tags = tags ?? post.Tags.Select(t => t.Name).ToArray(), slug, version = post.Version,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<EditorPostDto>())!;
    }

    public static async Task<EditorPostDto> EditorPostAsync(this HttpClient marketing, Guid postId) =>
        (await marketing.GetFromJsonAsync<EditorPostDto>($"{Editor}/{postId}"))!;

    public static async Task<PublicPostDto> PreviewPostAsync(this HttpClient marketing, Guid postId) =>
        (await marketing.GetFromJsonAsync<PublicPostDto>($"{Editor}/{postId}/preview"))!;

    /// <summary>An anonymous client that does not follow redirects (to see a 301 as it is).</summary>
    public static HttpClient Visitor(this SmartRoomApp app) => app.CreateClient(new() { AllowAutoRedirect = false });

    public static Task<HttpResponseMessage> PublicPostResponseAsync(this HttpClient visitor, string slug) =>
        visitor.GetAsync($"/api/content/posts/{slug}");

    public static async Task<PublicPostDto> PublicPostAsync(this HttpClient visitor, string slug)
    {
        var response = await visitor.PublicPostResponseAsync(slug);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<PublicPostDto>())!;
    }

    public static async Task<PagedDto<PostSummaryDto>> PublicPostsAsync(this HttpClient visitor, string query = "")
    {
        var response = await visitor.GetAsync("/api/content/posts" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<PagedDto<PostSummaryDto>>())!;
    }

    /// <summary>The moderation record's actions on one post, oldest first, with who did them (null: the system).</summary>
    public static async Task<List<(string Action, Guid? ActorId)>> PostRecordAsync(this SmartRoomApp app, Guid postId)
    {
        await using var connection = app.Database.OpenConnection();
        await using var command = connection.CreateCommand();
        var table = app.Database.Provider == "Sqlite" ? "\"content_ModerationRecords\"" : "content.\"ModerationRecords\"";
        command.CommandText = $"SELECT \"Action\", \"ActorId\", \"TargetId\" FROM {table} WHERE \"TargetKind\" = 'post' ORDER BY \"At\", \"Id\"";
        await using var reader = await command.ExecuteReaderAsync();
        var record = new List<(string Action, Guid? ActorId)>();
        while (await reader.ReadAsync())
        {
            if (Guid.Parse(reader.GetValue(2).ToString()!) != postId)
            {
                continue;
            }

            record.Add((reader.GetString(0), reader.IsDBNull(1) ? null : Guid.Parse(reader.GetValue(1).ToString()!)));
        }

        return record;
    }

    public static async Task<string> ProblemCodeAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
}
