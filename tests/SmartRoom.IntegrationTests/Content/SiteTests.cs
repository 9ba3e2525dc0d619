using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.Modules.Content.Domain;
using static SmartRoom.IntegrationTests.Infrastructure.ContentSiteApi;

namespace SmartRoom.IntegrationTests.Content;

/// <summary>The public site's pages over plain HTTP: what they show, valid HTML, metadata, headers and caching.</summary>
public sealed class SiteTests(SmartRoomApp app) : AppTest(app)
{
    private const string Csp = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    [Fact]
    public async Task The_blog_lists_public_posts_newest_first_ten_a_page_with_tags_and_a_pager()
    {
        var start = App.Clock.GetUtcNow();
        for (var i = 1; i <= 12; i++)
        {
            await App.PostAsync($"Post number {i}", slug: $"post-{i}", publishedAt: start.AddHours(i), tags: [("deals", "Deals")]);
        }

        await App.PostAsync("A draft nobody sees", status: PostStatus.Draft);
        var visitor = await App.VisitorWhoChoseAsync();

        var first = ParseValid(await visitor.PageAsync("/blog"), "/blog");
        first.QuerySelector("h1")!.TextContent.ShouldBe("Blog");
        first.QuerySelectorAll(".post-list h2 a").Select(a => a.TextContent).ShouldBe(Enumerable.Range(3, 10).Reverse().Select(i => $"Post number {i}"));
        first.QuerySelector(".post-list h2 a")!.GetAttribute("href").ShouldBe("/blog/post-12");
        first.QuerySelector(".post-list .tags a")!.GetAttribute("href").ShouldBe("/blog/tags/deals");
        first.QuerySelector(".post-list time")!.GetAttribute("datetime").ShouldBe(Iso(start.AddHours(12)));
        first.QuerySelector("a[rel=prev]").ShouldBeNull();
        first.QuerySelector("a[rel=next]")!.GetAttribute("href").ShouldBe("/blog?page=2");
        first.DocumentElement.TextContent.ShouldNotContain("A draft nobody sees");

        var second = ParseValid(await visitor.PageAsync("/blog?page=2"), "/blog?page=2");
        second.QuerySelectorAll(".post-list h2 a").Select(a => a.TextContent).ShouldBe(["Post number 2", "Post number 1"]);
        second.QuerySelector("a[rel=prev]")!.GetAttribute("href").ShouldBe("/blog");
        second.QuerySelector("a[rel=next]").ShouldBeNull();
        (await visitor.GetAsync("/blog?page=3")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_home_page_is_the_blog()
    {
        var response = await App.SiteVisitor().GetAsync("/");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/blog");
    }

    [Theory]
    [InlineData("/blog?page=0")]
    [InlineData("/blog?page=abc")]
    [InlineData("/blog?page=99999999")]
    [InlineData("/blog/tags/deals?page=-1")]
    public async Task A_bad_page_number_is_a_problem_not_a_page(string path)
    {
        var response = await App.SiteVisitor().GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_post_shows_its_html_author_dates_tags_and_its_published_comments_oldest_first()
    {
        var published = App.Clock.GetUtcNow().AddDays(-3);
        var post = await App.PostAsync("Closing a deal room", slug: "closing-a-deal-room", summary: "How a room is closed.", publishedAt: published,
            updatedAt: published.AddDays(1), html: "<h2>Steps</h2><p>First <strong>archive</strong>.</p>", tags: [("how-to", "How-to"), ("rooms", "Rooms")]);
        var later = await App.CommentAsync(post.Id, "Second!", author: "Bo", at: published.AddHours(2));
        var earlier = await App.CommentAsync(post.Id, "First comment\non two lines", author: "Al", at: published.AddHours(1));
        await App.CommentAsync(post.Id, "Waiting for moderation", status: CommentStatus.Pending);
        await App.CommentAsync(post.Id, "Hidden by marketing", status: CommentStatus.Hidden);
        var visitor = await App.VisitorWhoChoseAsync();

        var page = ParseValid(await visitor.PageAsync("/blog/closing-a-deal-room"), "the post");

        page.QuerySelector("article.post h1")!.TextContent.ShouldBe("Closing a deal room");
        page.QuerySelector(".post-body h2")!.TextContent.ShouldBe("Steps");
        page.QuerySelector(".post-body strong")!.TextContent.ShouldBe("archive");
        page.QuerySelector("article.post .meta")!.TextContent.ShouldContain("Mira Editor");
        page.QuerySelectorAll("article.post .meta time").Select(t => t.GetAttribute("datetime")).ShouldBe([Iso(published), Iso(published.AddDays(1))]);
        page.QuerySelectorAll("article.post .tags a").Select(a => (a.GetAttribute("href"), a.TextContent)).ShouldBe([("/blog/tags/how-to", "How-to"), ("/blog/tags/rooms", "Rooms")]);
        page.QuerySelectorAll("article.comment").Select(c => c.Id).ShouldBe([$"comment-{earlier}", $"comment-{later}"]);
        page.QuerySelector($"#comment-{earlier} .comment-body")!.TextContent.ShouldBe("First comment\non two lines");
        page.QuerySelector($"#comment-{earlier} strong")!.TextContent.ShouldBe("Al");
        page.QuerySelector($"#comment-{earlier} time")!.GetAttribute("datetime").ShouldBe(Iso(published.AddHours(1)));
        page.DocumentElement.TextContent.ShouldNotContain("Waiting for moderation");
        page.DocumentElement.TextContent.ShouldNotContain("Hidden by marketing");

        Meta(page, "og:type").ShouldBe("article");
        Meta(page, "article:published_time").ShouldBe(Iso(published));
        Meta(page, "og:title").ShouldBe("Closing a deal room");
        Meta(page, "og:description").ShouldBe("How a room is closed.");
        page.QuerySelector("meta[name=description]")!.GetAttribute("content").ShouldBe("How a room is closed.");
        page.QuerySelector("link[rel=canonical]")!.GetAttribute("href").ShouldBe("http://smartroom.test/blog/closing-a-deal-room");
        Meta(page, "og:url").ShouldBe("http://smartroom.test/blog/closing-a-deal-room");
        page.Title.ShouldBe("Closing a deal room · SmartRoom");
    }

    [Fact]
    public async Task Every_page_carries_its_metadata_the_feeds_and_the_stylesheet()
    {
        await App.PostAsync("Tagged", slug: "tagged", tags: [("news", "News")]);
        var visitor = await App.VisitorWhoChoseAsync();

        foreach (var (path, canonical) in new[] { ("/blog", "/blog"), ("/blog/tags/news", "/blog/tags/news"), ("/testimonials", "/testimonials"), ("/privacy", "/privacy"), ("/cookies", "/cookies") })
        {
            var page = ParseValid(await visitor.PageAsync(path), path);
            page.DocumentElement.GetAttribute("lang").ShouldBe("en", path);
            page.Title.ShouldNotBeNullOrWhiteSpace(path);
            page.QuerySelector("meta[name=viewport]")!.GetAttribute("content").ShouldBe("width=device-width, initial-scale=1", path);
            page.QuerySelector("meta[name=description]")!.GetAttribute("content").ShouldNotBeNullOrWhiteSpace(path);
            page.QuerySelector("link[rel=canonical]")!.GetAttribute("href").ShouldBe($"http://smartroom.test{canonical}", path);
            Meta(page, "og:url").ShouldBe($"http://smartroom.test{canonical}", path);
            Meta(page, "og:type").ShouldBe("website", path);
            Meta(page, "og:site_name").ShouldBe("SmartRoom", path);
            Meta(page, "og:title").ShouldNotBeNullOrWhiteSpace(path);
            Meta(page, "og:description").ShouldNotBeNullOrWhiteSpace(path);
            page.QuerySelector("link[rel=alternate][type='application/rss+xml']")!.GetAttribute("href").ShouldBe("/blog/rss.xml", path);
            page.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href").ShouldBe("/blog/atom.xml", path);
            page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!.ShouldStartWith("/site.css?v=", Case.Sensitive, path);
            page.QuerySelectorAll("nav a").Select(a => a.TextContent).ShouldBe(["Blog", "Testimonials", "Privacy"], path);
            page.QuerySelector("footer").ShouldNotBeNull(path);
        }
    }

    [Fact]
    public async Task An_old_slug_moves_permanently_to_the_current_one()
    {
        var post = await App.PostAsync("Renamed", slug: "the-new-name");
        await App.OldSlugAsync(post.Id, "the-old-name");

        var response = await App.SiteVisitor().GetAsync("/blog/the-old-name");

        response.StatusCode.ShouldBe(HttpStatusCode.MovedPermanently);
        response.Headers.Location!.OriginalString.ShouldBe("/blog/the-new-name");
    }

    [Fact]
    public async Task A_draft_an_unknown_slug_an_unpublished_posts_old_slug_and_an_unknown_tag_are_not_found_pages()
    {
        await App.PostAsync("Draft", slug: "a-draft", status: PostStatus.Draft, tags: [("secret", "Secret")]);
        var unpublished = await App.PostAsync("Gone", slug: "gone-now", status: PostStatus.Unpublished);
        await App.OldSlugAsync(unpublished.Id, "gone-before");
        var visitor = App.SiteVisitor();

        foreach (var path in new[] { "/blog/a-draft", "/blog/no-such-post", "/blog/gone-before", "/blog/gone-now", "/blog/tags/secret", "/blog/tags/nothing" })
        {
            var response = await visitor.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
            var page = ParseValid(await response.Content.ReadAsStringAsync(), path);
            page.QuerySelector("h1")!.TextContent.ShouldBe("Page not found", path);
            page.DocumentElement.TextContent.ShouldNotContain("Draft", Case.Sensitive, path);
        }
    }

    [Fact]
    public async Task A_tag_page_lists_the_public_posts_with_that_tag_only()
    {
        await App.PostAsync("With the tag", slug: "with", tags: [("security", "Security")]);
        await App.PostAsync("Without it", slug: "without", tags: [("other", "Other")]);
        await App.PostAsync("Draft with the tag", status: PostStatus.Draft, tags: [("security", "Security")]);

        var page = ParseValid(await (await App.VisitorWhoChoseAsync()).PageAsync("/blog/tags/security"), "the tag page");

        page.QuerySelector("h1")!.TextContent.ShouldBe("Posts tagged “Security”");
        page.QuerySelectorAll(".post-list h2 a").Select(a => a.TextContent).ShouldBe(["With the tag"]);
    }

    [Fact]
    public async Task The_testimonials_page_shows_approved_ones_featured_first_with_only_what_each_consent_allows()
    {
        var logo = Guid.CreateVersion7();
        var photo = Guid.CreateVersion7();
        await App.TestimonialAsync("Everything in one place.", name: "Ada Lovelace", title: "CFO", company: "Engines Ltd", position: 1,
            showLogo: true, logo: logo, showPhoto: true, photo: photo);
        await App.TestimonialAsync("Our due diligence took half the time.", name: "Hidden Person", title: "Secret Title", company: "Shown Corp",
            showName: false, featured: true, position: 5, showPhoto: false, photo: Guid.CreateVersion7());
        await App.TestimonialAsync("Company kept back.", name: "Grace Hopper", company: "Unshown Inc", showCompany: false, position: 2);
        await App.TestimonialAsync("Waiting for marketing.", status: TestimonialStatus.Pending);
        await App.TestimonialAsync("Rejected one.", status: TestimonialStatus.Rejected);

        var html = await (await App.VisitorWhoChoseAsync()).PageAsync("/testimonials");
        var page = ParseValid(html, "the testimonials page");

        page.QuerySelectorAll(".testimonial blockquote").Select(q => q.TextContent)
            .ShouldBe(["Our due diligence took half the time.", "Everything in one place.", "Company kept back."]);
        page.QuerySelectorAll(".testimonial")[0].ClassList.ShouldContain("featured");
        page.QuerySelectorAll(".testimonial figcaption span").Select(s => s.TextContent)
            .ShouldBe(["A customer, Shown Corp", "Ada Lovelace, CFO, Engines Ltd", "Grace Hopper, CFO"]);
        page.QuerySelectorAll(".testimonial img").Select(i => i.GetAttribute("src"))
            .ShouldBe([$"/api/content/images/{photo}", $"/api/content/images/{logo}"]);
        foreach (var withheld in new[] { "Hidden Person", "Secret Title", "Unshown Inc", "Waiting for marketing.", "Rejected one." })
        {
            html.ShouldNotContain(withheld);
        }
    }

    [Fact]
    public async Task The_privacy_page_shows_the_policy_in_force_from_the_Privacy_module()
    {
        var visitor = await App.VisitorWhoChoseAsync();
        var first = await App.CreateClient().PolicyAsync();
        var before = ParseValid(await visitor.PageAsync("/privacy"), "the privacy page");
        before.QuerySelector("h1")!.TextContent.ShouldBe("Privacy policy");
        before.QuerySelector("p.meta")!.TextContent.ShouldContain($"Version {first.Number}");

        var officer = await App.PrivacyOfficerAsync();
        await officer.PublishNewPolicyAsync(PrivacyPolicyApi.PolicyText("\n## Cookies\n\nOnly with your consent.\n"), effectiveAt: App.Clock.GetUtcNow().AddMinutes(-1));
        var policy = await App.CreateClient().PolicyAsync();
        policy.Number.ShouldBeGreaterThan(first.Number);

        var after = ParseValid(await visitor.PageAsync("/privacy"), "the privacy page");
        after.QuerySelector(".policy")!.InnerHtml.Trim().ShouldBe(policy.Html.Trim());
        after.QuerySelectorAll(".policy h2").Select(h => h.TextContent).ShouldContain("Cookies");
        after.QuerySelector("p.meta")!.TextContent.ShouldContain($"Version {policy.Number}");
        after.QuerySelector("p.meta time")!.GetAttribute("datetime").ShouldBe(policy.UpdatedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_privacy_page_says_so_kindly_when_no_policy_is_published()
    {
        // Start-up publishes a first policy; an installation whose policies are gone is arranged in Privacy's tables.
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var privacy = scope.ServiceProvider.GetRequiredService<SmartRoom.Modules.Privacy.Persistence.PrivacyDbContext>();
            await privacy.PolicyNotices.ExecuteDeleteAsync();
            await privacy.PolicyNoticeRuns.ExecuteDeleteAsync();
            await privacy.PolicyAcceptances.ExecuteDeleteAsync();
            await privacy.PolicyVersions.ExecuteDeleteAsync();
        }

        App.Clock.Advance(TimeSpan.FromMinutes(1)); // past the published-policy cache's age

        var page = ParseValid(await (await App.VisitorWhoChoseAsync()).PageAsync("/privacy"), "the privacy page without a policy");

        page.QuerySelector("h1")!.TextContent.ShouldBe("Privacy policy");
        page.QuerySelector(".policy").ShouldBeNull();
        page.QuerySelector("p.empty")!.TextContent.ShouldContain("being prepared");
    }

    [Fact]
    public async Task Pages_carry_a_CSP_without_unsafe_inline_and_hold_no_inline_style_or_script()
    {
        var post = await App.PostAsync("Styled", slug: "styled", tags: [("t", "T")]);
        await App.CommentAsync(post.Id, "A comment");
        await App.TestimonialAsync("Quote");
        var visitor = App.SiteVisitor();

        foreach (var path in new[] { "/blog", "/blog/styled", "/blog/tags/t", "/testimonials", "/privacy", "/cookies", "/blog/nothing-here" })
        {
            var response = await visitor.GetAsync(path);
            response.Headers.GetValues("Content-Security-Policy").ShouldHaveSingleItem().ShouldBe(Csp, path);
            Csp.ShouldNotContain("unsafe-inline");
            var page = ParseValid(await response.Content.ReadAsStringAsync(), path);
            page.QuerySelectorAll("script, style, [style]").ShouldBeEmpty(path);
            page.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)).ShouldBeEmpty(path);
        }
    }

    [Fact]
    public async Task A_page_without_the_banner_is_revalidated_with_its_ETag_and_one_with_the_banner_is_never_stored()
    {
        var cached = await App.PostAsync("Cached", slug: "cached");
        var fresh = App.SiteVisitor();
        var withBanner = await fresh.GetAsync("/blog/cached");
        withBanner.Headers.CacheControl!.NoStore.ShouldBeTrue();
        withBanner.Headers.ETag.ShouldBeNull();

        var visitor = await App.VisitorWhoChoseAsync();
        var first = await visitor.GetAsync("/blog/cached");
        first.Headers.CacheControl!.Private.ShouldBeTrue();
        first.Headers.CacheControl.NoCache.ShouldBeTrue();
        first.Headers.Vary.ShouldContain("Cookie");
        var etag = first.Headers.ETag.ShouldNotBeNull();

        using var again = new HttpRequestMessage(HttpMethod.Get, "/blog/cached");
        again.Headers.IfNoneMatch.Add(etag);
        var notModified = await visitor.SendAsync(again);
        notModified.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await notModified.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
        await App.CommentAsync((await App.PostAsync("Other", slug: "other")).Id, "On another post");
        using var unchanged = new HttpRequestMessage(HttpMethod.Get, "/blog/cached");
        unchanged.Headers.IfNoneMatch.Add(etag);
        (await visitor.SendAsync(unchanged)).StatusCode.ShouldBe(HttpStatusCode.NotModified, "another post's comment does not change this page");

        await App.CommentAsync(cached.Id, "A new comment changes the page");
        using var afterChange = new HttpRequestMessage(HttpMethod.Get, "/blog/cached");
        afterChange.Headers.IfNoneMatch.Add(etag);
        (await visitor.SendAsync(afterChange)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_stylesheet_is_served_once_and_cached_for_long_with_an_ETag()
    {
        var page = ParseValid(await (await App.VisitorWhoChoseAsync()).PageAsync("/testimonials"), "a page");
        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        var css = await App.CreateClient().GetAsync(href);

        css.StatusCode.ShouldBe(HttpStatusCode.OK);
        css.Content.Headers.ContentType!.MediaType.ShouldBe("text/css");
        css.Headers.CacheControl!.MaxAge.ShouldBe(TimeSpan.FromDays(365));
        (await css.Content.ReadAsStringAsync()).ShouldContain(".cookie-button");
        using var again = new HttpRequestMessage(HttpMethod.Get, href);
        again.Headers.IfNoneMatch.Add(css.Headers.ETag!);
        (await App.CreateClient().SendAsync(again)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    internal static string Iso(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static string? Meta(IDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
}
