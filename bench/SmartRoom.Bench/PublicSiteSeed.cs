using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Markdig;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Content.Domain;
using SmartRoom.Modules.Content.Persistence;

/// <summary>
/// The public-site bench's blog, planted straight through <see cref="ContentDbContext"/> in batches: published posts with
/// Markdown bodies of a real article's size (headings, paragraphs, lists, links, a code block; about 5 KB) rendered to
/// HTML, three of 24 tags each, and published comments of a few sentences, the same number on every post.
/// </summary>
internal static class PublicSiteSeed
{
    private const int PostBatch = 100;
    private const int CommentBatch = 5_000;

    private static readonly string[] Words =
    [
        "deal", "room", "buyer", "seller", "diligence", "document", "folder", "permission", "group", "manager", "audit",
        "watermark", "question", "answer", "closing", "escrow", "valuation", "contract", "lease", "warranty", "indemnity",
        "disclosure", "schedule", "counsel", "bidder", "process", "timeline", "signing", "review", "access", "secure",
        "encrypted", "record", "export", "report", "team", "advisor", "financial", "legal", "tax", "risk", "asset",
    ];

    private static readonly string[] TagNames =
    [
        "Due diligence", "Security", "Mergers", "Acquisitions", "Legal", "Finance", "Tax", "Real estate", "Product news",
        "Compliance", "Privacy", "Watermarks", "Q&A", "Audit", "Closing", "Valuation", "Private equity", "Venture",
        "Restructuring", "Fundraising", "Board", "Investors", "Case studies", "How-to",
    ];

    internal sealed record Seeded(string[] Slugs, string[] Tags, string SampleHtml, string[] SampleComments);

    public static async Task<Seeded> SeedAsync(IServiceProvider services, int posts, int commentsPerPost, DateTimeOffset now)
    {
        var random = new Random(12);
        var pipeline = new MarkdownPipelineBuilder().UseAutoLinks().UsePipeTables().Build();
        var slugs = new string[posts];
        var ids = new Guid[posts];
        string sampleHtml = "";
        for (var start = 0; start < posts; start += PostBatch)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var n = start; n < Math.Min(posts, start + PostBatch); n++)
            {
                var id = Guid.CreateVersion7();
                var title = Capitalised(Sentence(random, 6, 9)).TrimEnd('.');
                var markdown = Article(random, title);
                var published = now.AddHours(-(posts - n) * 20);
                ids[n] = id;
                slugs[n] = $"{string.Join('-', title.ToLowerInvariant().Split(' ').Take(6))}-{n.ToString(CultureInfo.InvariantCulture)}";
                var html = Markdown.ToHtml(markdown, pipeline);
                sampleHtml = n == posts / 2 ? html : sampleHtml;
                db.Posts.Add(new Post
                {
                    Id = id,
                    Slug = slugs[n],
                    Title = title,
                    Summary = Capitalised(Sentence(random, 20, 30)),
                    Markdown = markdown,
                    Html = html,
                    Status = PostStatus.Published,
                    PublishedAt = published,
                    AuthorId = Guid.CreateVersion7(),
                    AuthorName = "Mara Quill",
                    CreatedAt = published.AddDays(-2),
                    UpdatedAt = published.AddHours(-1),
                    Version = 1,
                    Tags = TagNames.OrderBy(_ => random.Next()).Take(3)
                        .Select(t => new PostTag { PostId = id, Tag = TagOf(t), Name = t }).ToList(),
                });
            }

            await db.SaveChangesAsync();
        }

        var sampleComments = new List<string>();
        var total = posts * commentsPerPost;
        for (var start = 0; start < total; start += CommentBatch)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var k = start; k < Math.Min(total, start + CommentBatch); k++)
            {
                var post = k / commentsPerPost;
                var body = Capitalised(Sentence(random, 25, 70));
                var at = now.AddHours(-(posts - post) * 20).AddMinutes(10 + k % commentsPerPost * 7);
                if (post == posts / 2)
                {
                    sampleComments.Add(body);
                }

                db.Comments.Add(new Comment
                {
                    Id = Guid.CreateVersion7(),
                    PostId = ids[post],
                    AuthorId = Guid.CreateVersion7(),
                    AuthorName = $"Reader {k % 997}",
                    Body = body,
                    BodyHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body))),
                    LinkCount = 0,
                    Status = CommentStatus.Published,
                    CreatedAt = at,
                    PublishedAt = at,
                    AddressHash = Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(k % 5_000))),
                    Version = 1,
                });
            }

            await db.SaveChangesAsync();
        }

        return new Seeded(slugs, TagNames.Select(TagOf).ToArray(), sampleHtml, [.. sampleComments]);
    }

    public static string TagOf(string name) =>
        string.Join('-', name.ToLowerInvariant().Split([' ', '&', '-'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>An article of about 5 KB of Markdown: sections with paragraphs, a list, links and a code block.</summary>
    private static string Article(Random random, string title)
    {
        var text = new StringBuilder();
        text.Append("Deals move faster when the documents are where everyone expects them. ").AppendLine(Capitalised(Sentence(random, 30, 50))).AppendLine();
        for (var section = 0; section < 4; section++)
        {
            text.Append("## ").AppendLine(Capitalised(Sentence(random, 3, 6)).TrimEnd('.')).AppendLine();
            for (var paragraph = 0; paragraph < 2; paragraph++)
            {
                text.Append(Capitalised(Sentence(random, 40, 70))).Append(" See [the guide](https://docs.example/").Append(random.Next(1000))
                    .Append(") and **").Append(Sentence(random, 2, 4).TrimEnd('.')).AppendLine("**.").AppendLine();
            }

            for (var item = 0; item < 3; item++)
            {
                text.Append("- ").AppendLine(Capitalised(Sentence(random, 6, 12)));
            }

            text.AppendLine();
        }

        text.AppendLine("```").AppendLine("GET /api/deal-rooms/{roomId}/documents?folder=1.2").AppendLine("```").AppendLine();
        text.Append("That is all for ").Append(title.ToLowerInvariant()).AppendLine(".");
        return text.ToString();
    }

    private static string Sentence(Random random, int min, int max) =>
        string.Join(' ', Enumerable.Range(0, random.Next(min, max)).Select(_ => Words[random.Next(Words.Length)])) + ".";

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
