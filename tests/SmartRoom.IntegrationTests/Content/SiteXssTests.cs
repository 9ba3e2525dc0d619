using AngleSharp.Dom;
using SmartRoom.IntegrationTests.Infrastructure;
using static SmartRoom.IntegrationTests.Infrastructure.ContentSiteApi;

namespace SmartRoom.IntegrationTests.Content;

/// <summary>
/// The XSS corpus written into everything the public can see on the site (a post's title, summary and tags, a comment,
/// a testimonial's quote, name and company) never reaches a page as markup: each page holds nothing that would run,
/// and each payload is there as text, encoded.
/// </summary>
public sealed class SiteXssTests(SmartRoomApp app) : AppTest(app)
{
    /// <summary>The page's own elements (its stylesheet and feed links, its meta tags); the visitor has chosen, so no banner form.</summary>
    private static readonly string[] PageElements = ["link", "meta"];

    [Fact]
    public async Task No_payload_of_the_corpus_reaches_a_page_unencoded()
    {
        var payloads = XssCorpus.Payloads;
        var posts = new List<(ContentSiteSeed.SeededPost Post, Guid Comment, string Payload, string Tag)>();
        for (var i = 0; i < payloads.Count; i++)
        {
            var payload = payloads[i];
            var tag = $"xss-{i}";
            var post = await App.PostAsync(Cut(payload, 200), slug: $"xss-post-{i}", summary: Cut(payload, 500), tags: [(tag, Cut(payload, 60))],
                publishedAt: App.Clock.GetUtcNow().AddMinutes(-i));
            posts.Add((post, await App.CommentAsync(post.Id, payload, author: Cut(payload, 200)), payload, tag));
            await App.TestimonialAsync(payload, name: Cut(payload, 200), company: Cut(payload, 200), position: i);
        }

        var visitor = await App.VisitorWhoChoseAsync();
        foreach (var (post, comment, payload, tag) in posts)
        {
            var html = await visitor.PageAsync($"/blog/{post.Slug}");
            XssCorpus.AssertInert(html, $"the post page of payload {payload}", PageElements);
            var page = ParseValid(html, $"the post page of payload {payload}");
            page.QuerySelector("article.post h1")!.TextContent.ShouldBe(Cut(payload, 200));
            page.QuerySelector("meta[name=description]")!.GetAttribute("content").ShouldBe(Cut(payload, 500));
            page.QuerySelector("article.post .tags a")!.TextContent.ShouldBe(Cut(payload, 60));
            page.QuerySelector($"#comment-{comment} .comment-body")!.TextContent.ShouldBe(payload);
            page.QuerySelector($"#comment-{comment} strong")!.TextContent.ShouldBe(Cut(payload, 200));

            var tagHtml = await visitor.PageAsync($"/blog/tags/{tag}");
            XssCorpus.AssertInert(tagHtml, $"the tag page of payload {payload}", PageElements);
            ParseValid(tagHtml, "the tag page").QuerySelector(".post-list p:not(.meta)")!.TextContent.ShouldBe(Cut(payload, 500));
        }

        for (var page = 1; page <= (payloads.Count + 9) / 10; page++)
        {
            var html = await visitor.PageAsync($"/blog?page={page}");
            XssCorpus.AssertInert(html, $"blog page {page}", PageElements);
            ParseValid(html, $"blog page {page}").QuerySelectorAll(".post-list h2 a").Select(a => a.TextContent)
                .ShouldBe(payloads.Skip((page - 1) * 10).Take(10).Select(p => Cut(p, 200)));
        }

        var testimonials = await visitor.PageAsync("/testimonials");
        XssCorpus.AssertInert(testimonials, "the testimonials page", PageElements);
        var shown = ParseValid(testimonials, "the testimonials page").QuerySelectorAll(".testimonial");
        shown.Select(t => t.QuerySelector("blockquote")!.TextContent).ShouldBe(payloads);
        shown.Select(t => t.QuerySelector("figcaption span")!.TextContent)
            .ShouldBe(payloads.Select(p => $"{Cut(p, 200)}, CFO, {Cut(p, 200)}"));
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
