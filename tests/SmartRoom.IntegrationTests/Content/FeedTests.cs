using System.Net;
using System.Net.Http.Headers;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.Modules.Content.Domain;

namespace SmartRoom.IntegrationTests.Content;

public sealed class FeedTests(SmartRoomApp app) : AppTest(app)
{
    private const string Site = "http://smartroom.test";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Sitemap = SitemapSchema.Namespace;

    [Fact]
    public async Task The_RSS_feed_is_RSS_2_0_with_the_channel_and_items_a_reader_needs()
    {
        var posts = await App.SeedPostsAsync(
            new PostSeed("Closing a deal room") { Tags = ["Deal rooms", "Security"], Author = "Ada Lind" },
            new PostSeed("Watermarks explained") { Summary = "How stamps work.", Tags = ["Security"] });

        var (response, body) = await GetAsync("/blog/rss.xml");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/rss+xml");
        response.Content.Headers.ContentType.CharSet.ShouldBe("utf-8");
        var feed = LoadRss(body);
        feed.Items.Select(i => i.Title.Text).ShouldBe(["Watermarks explained", "Closing a deal room"]);

        var rss = XDocument.Parse(body).Root!;
        rss.Name.LocalName.ShouldBe("rss");
        rss.Attribute("version")!.Value.ShouldBe("2.0");
        var channel = rss.Element("channel")!;
        channel.Element("title")!.Value.ShouldBe("SmartRoom blog");
        channel.Element("link")!.Value.ShouldBe($"{Site}/blog");
        channel.Element("description")!.Value.ShouldNotBeNullOrWhiteSpace();
        channel.Element("language")!.Value.ShouldBe("en");
        channel.Element("lastBuildDate")!.Value.ShouldMatch(Rfc822);
        var self = channel.Element(Atom + "link")!;
        (self.Attribute("rel")!.Value, self.Attribute("href")!.Value, self.Attribute("type")!.Value).ShouldBe(("self", $"{Site}/blog/rss.xml", "application/rss+xml"));

        var items = channel.Elements("item").ToList();
        items.Select(i => i.Element("guid")!.Value).ShouldBeUnique();
        var first = items.Single(i => i.Element("title")!.Value == "Closing a deal room");
        first.Element("link")!.Value.ShouldBe($"{Site}/blog/{posts[0].Slug}");
        new Uri(first.Element("link")!.Value).IsAbsoluteUri.ShouldBeTrue();
        first.Element("guid")!.Value.ShouldBe(first.Element("link")!.Value);
        first.Element("guid")!.Attribute("isPermaLink")!.Value.ShouldBe("true");
        first.Element("pubDate")!.Value.ShouldMatch(Rfc822);
        DateTimeOffset.Parse(first.Element("pubDate")!.Value, System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBe(feed.Items.Last().PublishDate);
        first.Element("description")!.Value.ShouldBe("What this post is about.");
        first.Element(ContentNs + "encoded")!.Value.ShouldBe(ContentFeedsSeed.Render(new PostSeed("x").Markdown));
        first.Element(ContentNs + "encoded")!.Value.ShouldContain("<em>keep</em>");
        first.Element(DublinCore + "creator")!.Value.ShouldBe("Ada Lind");
        first.Elements("category").Select(c => c.Value).ShouldBe(["Deal rooms", "Security"]);
    }

    [Fact]
    public async Task The_Atom_feed_is_Atom_1_0_with_stable_entry_ids_and_RFC_3339_dates()
    {
        var posts = await App.SeedPostsAsync(
            new PostSeed("Closing a deal room") { Tags = ["Deal rooms"], Author = "Ada Lind" },
            new PostSeed("Watermarks explained") { Tags = ["Security"] });

        var (response, body) = await GetAsync("/blog/atom.xml");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/atom+xml");
        response.Content.Headers.ContentType.CharSet.ShouldBe("utf-8");
        var parsed = LoadAtom(body);
        parsed.Items.Select(i => i.Title.Text).ShouldBe(["Watermarks explained", "Closing a deal room"]);

        var feed = XDocument.Parse(body).Root!;
        feed.Name.ShouldBe(Atom + "feed");
        feed.Element(Atom + "id")!.Value.ShouldBe($"{Site}/blog");
        feed.Element(Atom + "title")!.Value.ShouldBe("SmartRoom blog");
        feed.Element(Atom + "updated")!.Value.ShouldMatch(Rfc3339);
        feed.Element(Atom + "author")!.Element(Atom + "name")!.Value.ShouldNotBeNullOrWhiteSpace();
        Link(feed, "self").ShouldBe($"{Site}/blog/atom.xml");
        Link(feed, "alternate").ShouldBe($"{Site}/blog");

        var entries = feed.Elements(Atom + "entry").ToList();
        entries.Select(e => e.Element(Atom + "id")!.Value).ShouldBeUnique();
        var entry = entries.Single(e => e.Element(Atom + "title")!.Value == "Closing a deal room");
        entry.Element(Atom + "id")!.Value.ShouldBe($"urn:uuid:{posts[0].Id}");
        entry.Element(Atom + "updated")!.Value.ShouldMatch(Rfc3339);
        entry.Element(Atom + "published")!.Value.ShouldMatch(Rfc3339);
        Link(entry, "alternate").ShouldBe($"{Site}/blog/{posts[0].Slug}");
        entry.Element(Atom + "author")!.Element(Atom + "name")!.Value.ShouldBe("Ada Lind");
        entry.Element(Atom + "summary")!.Value.ShouldBe("What this post is about.");
        var content = entry.Element(Atom + "content")!;
        content.Attribute("type")!.Value.ShouldBe("html");
        content.Value.ShouldContain("<em>keep</em>");
        entry.Element(Atom + "category")!.Attribute("term")!.Value.ShouldBe("deal-rooms");
    }

    [Fact]
    public async Task A_feed_carries_the_newest_20_public_posts_newest_first()
    {
        var start = App.Clock.GetUtcNow().AddDays(-30);
        await App.SeedPostsAsync(Enumerable.Range(1, 25).Select(n => new PostSeed($"Post {n}") { PublishedAt = start.AddHours(n) }).ToArray());

        var rss = LoadRss((await GetAsync("/blog/rss.xml")).Body);
        var atom = LoadAtom((await GetAsync("/blog/atom.xml")).Body);

        string[] newest = [.. Enumerable.Range(6, 20).Reverse().Select(n => $"Post {n}")];
        rss.Items.Select(i => i.Title.Text).ShouldBe(newest);
        atom.Items.Select(i => i.Title.Text).ShouldBe(newest);
    }

    [Fact]
    public async Task Drafts_scheduled_and_unpublished_posts_are_in_no_feed_and_not_in_the_sitemap()
    {
        var posts = await App.SeedPostsAsync(
            new PostSeed("Public post") { Tags = ["Finance"] },
            new PostSeed("Draft post") { Status = PostStatus.Draft, Tags = ["Finance", "Drafts only"] },
            new PostSeed("Scheduled post") { Status = PostStatus.Scheduled, Tags = ["Finance"] },
            new PostSeed("Unpublished post") { Status = PostStatus.Unpublished, Tags = ["Finance"] });

        foreach (var path in new[] { "/blog/rss.xml", "/blog/atom.xml", "/blog/tags/finance/rss.xml", "/blog/tags/finance/atom.xml" })
        {
            var body = (await GetAsync(path)).Body;
            var feed = path.EndsWith("rss.xml", StringComparison.Ordinal) ? LoadRss(body) : LoadAtom(body);
            feed.Items.Select(i => i.Title.Text).ShouldBe(["Public post"], path);
        }

        var sitemap = (await GetAsync("/sitemap.xml")).Body;
        sitemap.ShouldContain(posts[0].Slug);
        foreach (var hidden in posts.Skip(1))
        {
            sitemap.ShouldNotContain(hidden.Slug);
        }

        sitemap.ShouldNotContain("drafts-only");
        (await GetAsync("/blog/tags/drafts-only/rss.xml")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_edited_post_moves_its_updated_time_and_an_unpublished_post_leaves_the_feed()
    {
        var posts = await App.SeedPostsAsync(new PostSeed("First take"), new PostSeed("Second post"));
        var (before, beforeBody) = await GetAsync("/blog/atom.xml");
        var updatedBefore = LoadAtom(beforeBody).Items.Single(i => i.Title.Text == "First take").LastUpdatedTime;

        App.Clock.Advance(TimeSpan.FromHours(2));
        var edited = await App.ChangePostAsync(posts[0].Id, p => p.Title = "First take, revised");
        var (after, afterBody) = await GetAsync("/blog/atom.xml", before.Headers.ETag!.Tag);

        after.StatusCode.ShouldBe(HttpStatusCode.OK);
        var item = LoadAtom(afterBody).Items.Single(i => i.Id == $"urn:uuid:{posts[0].Id}");
        item.Title.Text.ShouldBe("First take, revised");
        item.LastUpdatedTime.ShouldBeGreaterThan(updatedBefore);
        (item.LastUpdatedTime - edited).Duration().ShouldBeLessThan(TimeSpan.FromSeconds(1));
        after.Content.Headers.LastModified.ShouldBe(Seconds(edited));
        after.Headers.ETag!.Tag.ShouldNotBe(before.Headers.ETag.Tag);

        App.Clock.Advance(TimeSpan.FromHours(1));
        await App.UnpublishPostAsync(posts[1].Id);
        var (gone, goneBody) = await GetAsync("/blog/rss.xml", ifModifiedSince: after.Content.Headers.LastModified);

        gone.StatusCode.ShouldBe(HttpStatusCode.OK, "taking a post off the blog is a change a conditional request by date sees");
        LoadRss(goneBody).Items.Select(i => i.Title.Text).ShouldBe(["First take, revised"]);
    }

    [Theory]
    [InlineData("/blog/rss.xml")]
    [InlineData("/blog/atom.xml")]
    [InlineData("/blog/tags/finance/rss.xml")]
    [InlineData("/blog/tags/finance/atom.xml")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    public async Task Feeds_the_sitemap_and_robots_are_kept_five_minutes_and_a_current_copy_gets_304(string path)
    {
        await App.SeedPostsAsync(new PostSeed("Cached post") { Tags = ["Finance"] });

        var (first, body) = await GetAsync(path);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        first.Headers.CacheControl!.Public.ShouldBeTrue();
        first.Headers.CacheControl.MaxAge.ShouldBe(TimeSpan.FromMinutes(5));
        var etag = first.Headers.ETag!;
        etag.IsWeak.ShouldBeFalse();

        var (byTag, byTagBody) = await GetAsync(path, etag.Tag);
        byTag.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        byTagBody.ShouldBeEmpty();
        byTag.Headers.ETag!.Tag.ShouldBe(etag.Tag);
        (await GetAsync(path, "W/" + etag.Tag)).Response.StatusCode.ShouldBe(HttpStatusCode.NotModified, "a tag a proxy weakened still matches");
        var (other, otherBody) = await GetAsync(path, "\"another-version\"");
        other.StatusCode.ShouldBe(HttpStatusCode.OK);
        otherBody.ShouldBe(body);

        if (path == "/robots.txt")
        {
            first.Content.Headers.LastModified.ShouldBeNull("robots.txt shows no change time");
            return;
        }

        var lastModified = first.Content.Headers.LastModified!.Value;
        (await GetAsync(path, ifModifiedSince: lastModified)).Response.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await GetAsync(path, ifModifiedSince: lastModified.AddSeconds(-1))).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await GetAsync(path, "\"another-version\"", lastModified)).Response.StatusCode
            .ShouldBe(HttpStatusCode.OK, "If-None-Match decides when both are sent");
    }

    [Fact]
    public async Task A_tag_feed_holds_only_that_tags_public_posts_and_a_tag_without_one_is_not_found()
    {
        await App.SeedPostsAsync(
            new PostSeed("Valuation basics") { Tags = ["Finance"] },
            new PostSeed("NDA checklist") { Tags = ["Legal"] },
            new PostSeed("Escrow and earn-outs") { Tags = ["Finance", "Legal"] });

        var rss = XDocument.Parse((await GetAsync("/blog/tags/finance/rss.xml")).Body).Root!.Element("channel")!;
        rss.Element("link")!.Value.ShouldBe($"{Site}/blog/tags/finance");
        rss.Element("title")!.Value.ShouldBe("SmartRoom blog: Finance");
        rss.Element(Atom + "link")!.Attribute("href")!.Value.ShouldBe($"{Site}/blog/tags/finance/rss.xml");
        rss.Elements("item").Select(i => i.Element("title")!.Value).ShouldBe(["Escrow and earn-outs", "Valuation basics"]);
        var atom = LoadAtom((await GetAsync("/blog/tags/legal/atom.xml")).Body);
        atom.Items.Select(i => i.Title.Text).ShouldBe(["Escrow and earn-outs", "NDA checklist"]);
        atom.Id.ShouldBe($"{Site}/blog/tags/legal");

        var (missing, problem) = await GetAsync("/blog/tags/astrology/atom.xml");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        problem.ShouldContain("not-found");
    }

    [Fact]
    public async Task The_sitemap_validates_against_the_sitemaps_org_schema_and_lists_every_public_page()
    {
        var posts = await App.SeedPostsAsync(
            new PostSeed("Valuation basics") { Tags = ["Finance"] },
            new PostSeed("NDA checklist") { Tags = ["Legal", "Finance"] });
        App.Clock.Advance(TimeSpan.FromHours(1));
        var editedAt = await App.ChangePostAsync(posts[1].Id, p => p.Summary = "Revised.");

        var (response, body) = await GetAsync("/sitemap.xml");

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/xml");
        SitemapSchema.Problems(body).ShouldBeEmpty();
        var urls = XDocument.Parse(body).Root!.Elements(Sitemap + "url")
            .ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")?.Value);
        urls.Keys.ShouldBe(
        [
            $"{Site}/blog", $"{Site}/blog/{posts[1].Slug}", $"{Site}/blog/{posts[0].Slug}",
            $"{Site}/blog/tags/finance", $"{Site}/blog/tags/legal", $"{Site}/testimonials", $"{Site}/privacy",
        ]);
        urls.Keys.ShouldAllBe(u => new Uri(u).IsAbsoluteUri);
        var edited = Seconds(editedAt).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        urls[$"{Site}/blog/{posts[1].Slug}"].ShouldBe(edited);
        urls[$"{Site}/blog/tags/finance"].ShouldBe(edited);
        urls[$"{Site}/blog"].ShouldBe(edited);
        string.CompareOrdinal(urls[$"{Site}/blog/{posts[0].Slug}"].ShouldNotBeNull(), edited).ShouldBeLessThan(0);

        var robots = (await GetAsync("/robots.txt")).Body;
        robots.ShouldContain("User-agent: *\nAllow: /\n");
        robots.ShouldContain($"Sitemap: {Site}/sitemap.xml");
    }

    [Fact]
    public void The_schema_check_rejects_a_sitemap_with_a_relative_address_a_bad_date_or_another_namespace()
    {
        SitemapSchema.Problems($"""<urlset xmlns="{SitemapSchema.Namespace}"><url><loc>{Site}/blog</loc></url></urlset>""").ShouldBeEmpty();
        SitemapSchema.Problems($"""<urlset xmlns="{SitemapSchema.Namespace}"><url><loc>/blog</loc></url></urlset>""").ShouldNotBeEmpty();
        SitemapSchema.Problems($"""<urlset xmlns="{SitemapSchema.Namespace}"><url><loc>{Site}/blog</loc><lastmod>30 Nov 2026</lastmod></url></urlset>""").ShouldNotBeEmpty();
        SitemapSchema.Problems($"""<urlset xmlns="http://example.test/sitemap"><url><loc>{Site}/blog</loc></url></urlset>""").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Feed_items_hold_no_HTML_that_runs_whatever_the_XSS_corpus_put_in_a_post()
    {
        var chunks = XssCorpus.Payloads.Chunk(20).ToList();
        for (var c = 0; c < chunks.Count; c++)
        {
            await App.SeedPostsAsync(chunks[c].Select((payload, i) => new PostSeed(Title(c, i, payload))
            {
                Summary = payload,
                Markdown = $"Before {payload} after\n\n{payload}",
                Tags = [$"xss {c}"],
            }).ToArray());
        }

        var checkedItems = 0;
        for (var c = 0; c < chunks.Count; c++)
        {
            var rss = XDocument.Parse((await GetAsync($"/blog/tags/xss-{c}/rss.xml")).Body).Root!.Element("channel")!.Elements("item").ToList();
            var atom = LoadAtom((await GetAsync($"/blog/tags/xss-{c}/atom.xml")).Body).Items.ToList();
            rss.Count.ShouldBe(chunks[c].Length);
            atom.Count.ShouldBe(chunks[c].Length);
            foreach (var item in rss)
            {
                var title = item.Element("title")!.Value;
                var i = int.Parse(title.Split(' ')[1].Split('.')[1], System.Globalization.CultureInfo.InvariantCulture);
                var payload = chunks[c][i];
                title.ShouldBe(Title(c, i, payload), "a title is plain text and comes back as typed");
                XssCorpus.AssertInert(item.Element(ContentNs + "encoded")!.Value, $"RSS content:encoded of {title}");
                XssCorpus.AssertInert(item.Element("description")!.Value, $"RSS description of {title}");
                System.Net.WebUtility.HtmlDecode(item.Element("description")!.Value).ShouldBe(payload, "the summary, HTML-encoded");
                item.Element(ContentNs + "encoded")!.Value.ShouldBe(ContentFeedsSeed.Render($"Before {payload} after\n\n{payload}"));
                checkedItems++;
            }

            foreach (var entry in atom)
            {
                XssCorpus.AssertInert(((TextSyndicationContent)entry.Content).Text, $"Atom content of {entry.Title.Text}");
                entry.Summary.Type.ShouldBe("text");
                XssCorpus.AssertInert(System.Net.WebUtility.HtmlEncode(entry.Summary.Text), $"Atom summary of {entry.Title.Text}");
                entry.Title.Type.ShouldBe("text");
            }
        }

        checkedItems.ShouldBe(XssCorpus.Payloads.Count);

        static string Title(int chunk, int index, string payload)
        {
            var title = $"Payload {chunk}.{index} {payload}";
            return title.Length <= 200 ? title : title[..200];
        }
    }

    [Fact]
    public async Task XML_special_characters_and_non_ASCII_in_titles_survive_both_feeds()
    {
        const string title = "Q&A <b>bold</b> \"quoted\" 'single' ]]> — Ünïcödé 日本語 🚀";
        await App.SeedPostsAsync(
            new PostSeed(title) { Summary = "Fish & chips < 5 €", Author = "Zoë Ångström", Tags = ["Fusões & Aquisições"] },
            new PostSeed("Bell\u0007 and escape\u001B characters") { Summary = "Form\u000Cfeed" });

        foreach (var path in new[] { "/blog/rss.xml", "/blog/atom.xml" })
        {
            var (response, body) = await GetAsync(path);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            bytes.Take(3).ShouldNotBe(new byte[] { 0xEF, 0xBB, 0xBF }, "no byte-order mark");
            body.ShouldStartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
            var feed = path.EndsWith("rss.xml", StringComparison.Ordinal) ? LoadRss(body) : LoadAtom(body);
            feed.Items.Select(i => i.Title.Text).ShouldBe(["Bell and escape characters", title], path);
            feed.Items.Last().Summary.Text.ShouldBe(path.EndsWith("rss.xml", StringComparison.Ordinal) ? "Fish &amp; chips &lt; 5 €" : "Fish & chips < 5 €");
            feed.Items.Last().Authors.Concat(feed.Items.Last().Contributors).Select(a => a.Name).Where(n => n is not null).ShouldAllBe(n => n == "Zoë Ångström");
            feed.Items.First().Summary.Text.ShouldBe("Formfeed");
        }

        XDocument.Parse((await GetAsync("/blog/rss.xml")).Body).Descendants(DublinCore + "creator").Last().Value.ShouldBe("Zoë Ångström");
        LoadRss((await GetAsync("/blog/tags/fus-es-aquisi-es/rss.xml")).Body).Items.Single().Title.Text.ShouldBe(title);
    }

    [Theory]
    [InlineData("/blog/tags/%01/rss.xml")]
    [InlineData("/blog/tags/%E2%80%AE%1B%7F/atom.xml")]
    [InlineData("/blog/tags/..%2F..%2Fetc%2Fpasswd/rss.xml")]
    [InlineData("/blog/tags/a%2Fb/atom.xml")]
    [InlineData("/blog/tags/%27%20OR%201%3D1--/rss.xml")]
    [InlineData("/blog/tags/nothing-here/rss.xml")]
    [InlineData("/blog/rss.xml/more")]
    [InlineData("/blog/tags/finance/feed.json")]
    public async Task Bad_feed_paths_answer_404_not_500(string path)
    {
        await App.SeedPostsAsync(new PostSeed("Only post") { Tags = ["Finance"] });

        (await GetAsync(path)).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_tag_longer_than_any_tag_is_not_found()
    {
        await App.SeedPostsAsync(new PostSeed("Only post") { Tags = ["Finance"] });

        (await GetAsync($"/blog/tags/{new string('f', 5000)}/rss.xml")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_empty_blog_has_valid_feeds_without_items_and_a_sitemap_of_its_fixed_pages()
    {
        LoadRss((await GetAsync("/blog/rss.xml")).Body).Items.ShouldBeEmpty();
        LoadAtom((await GetAsync("/blog/atom.xml")).Body).Items.ShouldBeEmpty();
        var sitemap = (await GetAsync("/sitemap.xml")).Body;
        SitemapSchema.Problems(sitemap).ShouldBeEmpty();
        XDocument.Parse(sitemap).Root!.Elements(Sitemap + "url").Count().ShouldBe(3);
    }

    private async Task<(HttpResponseMessage Response, string Body)> GetAsync(string path, string? ifNoneMatch = null, DateTimeOffset? ifModifiedSince = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        request.Headers.IfModifiedSince = ifModifiedSince;
        var response = await App.CreateClient().SendAsync(request);
        var body = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        return (response, body);
    }

    private static SyndicationFeed LoadRss(string body)
    {
        var formatter = new Rss20FeedFormatter();
        using var reader = XmlReader.Create(new StringReader(body));
        formatter.CanRead(reader).ShouldBeTrue("an RSS 2.0 document");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    private static SyndicationFeed LoadAtom(string body)
    {
        var formatter = new Atom10FeedFormatter();
        using var reader = XmlReader.Create(new StringReader(body));
        formatter.CanRead(reader).ShouldBeTrue("an Atom 1.0 document");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    private static string Link(XElement element, string rel) =>
        element.Elements(Atom + "link").Single(l => (l.Attribute("rel")?.Value ?? "alternate") == rel).Attribute("href")!.Value;

    private static DateTimeOffset Seconds(DateTimeOffset time) => new(time.UtcTicks - time.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    /// <summary>RFC 822 date-time (with RFC 1123's four-digit year), as RSS 2.0 requires.</summary>
    private const string Rfc822 = @"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|UT|[+-]\d{4})$";

    /// <summary>RFC 3339 date-time, as Atom requires.</summary>
    private const string Rfc3339 = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$";
}
