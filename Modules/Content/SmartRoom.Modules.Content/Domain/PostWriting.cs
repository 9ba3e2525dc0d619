using SmartRoom.BuildingBlocks.Text;

namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// What an author writes into a post, and the limits on it. The HTML is rendered from the Markdown on every save by
/// the platform's one safe renderer; title, summary and tag names are plain text, kept as written (pages encode them).
/// </summary>
internal static class PostWriting
{
    public const int TitleMax = 200;
    public const int SummaryMax = 500;
    public const int MarkdownMax = 100_000;
    public const int TagsMax = 10;
    public const int TagMax = 40;

    /// <summary>The tags as slugs with their names as written, the first spelling of each slug kept.</summary>
    public static IReadOnlyList<(string Tag, string Name)> Tags(IEnumerable<string>? names) =>
        (names ?? []).Select(n => n.Trim()).Select(n => (Tag: Slugs.From(n, TagMax), Name: n)).Where(t => t.Tag.Length > 0)
            .DistinctBy(t => t.Tag).ToList();

    /// <summary>Writes the text into <paramref name="post"/>; answers whether anything changed.</summary>
    public static bool Apply(Post post, string title, string summary, string markdown, IEnumerable<string>? tagNames)
    {
        var changed = post.Title != title || post.Summary != summary || post.Markdown != markdown;
        post.Title = title;
        post.Summary = summary;
        post.Markdown = markdown;
        post.Html = SafeMarkdown.ToHtml(markdown);

        var wanted = Tags(tagNames);
        foreach (var gone in post.Tags.Where(t => wanted.All(w => w.Tag != t.Tag)).ToList())
        {
            post.Tags.Remove(gone);
            changed = true;
        }

        foreach (var (tag, name) in wanted)
        {
            var existing = post.Tags.FirstOrDefault(t => t.Tag == tag);
            if (existing is null)
            {
                post.Tags.Add(new PostTag { PostId = post.Id, Tag = tag, Name = name });
                changed = true;
            }
            else if (existing.Name != name)
            {
                existing.Name = name;
                changed = true;
            }
        }

        return changed;
    }
}
