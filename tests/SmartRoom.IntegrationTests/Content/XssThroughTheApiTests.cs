using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Content;

/// <summary>
/// The XSS corpus written by marketing through the posts API, as each post's Markdown, title and summary, rendered
/// by the real renderer and published: nothing that would run reaches the post's page, the blog index, the API's
/// HTML or either feed. (The pages and feeds tests cover the same corpus in comments and testimonials, which are
/// plain text and stored as written.)
/// </summary>
public sealed class XssThroughTheApiTests(SmartRoomApp app) : AppTest(app)
{
    private static readonly XNamespace ContentNs = "http://purl.org/rss/1.0/modules/content/";

    [Fact]
    public async Task No_payload_written_through_the_posts_API_reaches_a_page_the_API_or_a_feed_unsanitised()
    {
        var marketing = await App.MarketingStaffAsync();
        var visitor = await App.VisitorWhoChoseAsync();
        var payloads = XssCorpus.Payloads;
        var slugs = new List<(string Slug, string Payload)>();
        foreach (var (payload, i) in payloads.Select((p, i) => (p, i)))
        {
            var created = await marketing.CreatePostAsync($"Payload {i}", markdown: $"Before {payload} after\n\n{payload}\n\n* {payload}");
            var post = await marketing.UpdatePostAsync(created, title: Cut($"{i} {payload}", 200), summary: Cut(payload, 500), tags: ["xss"]);
            await marketing.PublishPostAsync(post.Id);
            slugs.Add((post.Slug, payload));
        }

        foreach (var (slug, payload) in slugs)
        {
            XssCorpus.AssertInert((await App.Visitor().PublicPostAsync(slug)).Html, $"the API's HTML of {payload}");
            XssCorpus.AssertInert(await visitor.PageAsync($"/blog/{slug}"), $"the page of {payload}", "link", "meta");
        }

        for (var page = 1; page <= (payloads.Count + 9) / 10; page++)
        {
            XssCorpus.AssertInert(await visitor.PageAsync($"/blog?page={page}"), $"blog page {page}", "link", "meta");
        }

        var rss = XDocument.Parse(await App.Visitor().GetStringAsync("/blog/tags/xss/rss.xml")).Root!.Element("channel")!.Elements("item").ToList();
        rss.Count.ShouldBeGreaterThan(0, "the tag feed holds the newest posts");
        foreach (var item in rss)
        {
            XssCorpus.AssertInert(item.Element(ContentNs + "encoded")!.Value, $"RSS content of {item.Element("title")!.Value}");
            XssCorpus.AssertInert(item.Element("description")!.Value, $"RSS description of {item.Element("title")!.Value}");
        }

        using var reader = XmlReader.Create(new StringReader(await App.Visitor().GetStringAsync("/blog/tags/xss/atom.xml")));
        var atom = SyndicationFeed.Load(reader).Items.ToList();
        atom.Count.ShouldBe(rss.Count);
        foreach (var entry in atom)
        {
            XssCorpus.AssertInert(((TextSyndicationContent)entry.Content).Text, $"Atom content of {entry.Title.Text}");
        }
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
