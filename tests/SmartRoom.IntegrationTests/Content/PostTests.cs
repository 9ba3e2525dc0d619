using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Content;

/// <summary>The blog's posts as marketing writes them and the public reads them.</summary>
public sealed class PostTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task Marketing_writes_a_draft_that_the_public_cannot_tell_from_a_post_that_does_not_exist()
    {
        var marketing = await App.MarketingStaffAsync();
        var me = await marketing.GetFromJsonAsync<MeResponse>("/api/me");

        var draft = await marketing.CreatePostAsync("Ünïcode & Déjà vu: 10 tips!", tags: ["Due Diligence", "M&A"]);

        draft.Status.ShouldBe("Draft");
        draft.Slug.ShouldBe("unicode-deja-vu-10-tips");
        draft.Version.ShouldBe(1);
        draft.AuthorId.ShouldBe(me!.Id);
        draft.AuthorName.ShouldBe(me.DisplayName);
        draft.Html.ShouldContain("<h1 id=\"hello\">Hello</h1>");
        draft.Tags.ShouldBe([new PostTagDto("due-diligence", "Due Diligence"), new PostTagDto("m-a", "M&A")]);
        (await App.PostRecordAsync(draft.Id)).ShouldBe([("post.created", me.Id)]);

        var visitor = App.Visitor();
        var hidden = await visitor.PublicPostResponseAsync(draft.Slug);
        var unknown = await visitor.PublicPostResponseAsync("no-such-post");
        hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var (hiddenProblem, unknownProblem) = (await hidden.ProblemAsync(), await unknown.ProblemAsync());
        hiddenProblem.GetProperty("code").GetString().ShouldBe("post-not-found");
        (unknown.StatusCode, unknownProblem.GetProperty("code").GetString(), unknownProblem.GetProperty("detail").GetString())
            .ShouldBe((hidden.StatusCode, "post-not-found", hiddenProblem.GetProperty("detail").GetString()));
        (await visitor.PublicPostsAsync()).Total.ShouldBe(0);
        (await visitor.GetFromJsonAsync<TagCountDto[]>("/api/content/tags"))!.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_post_goes_from_draft_to_published_to_unpublished_and_back_each_step_on_the_record()
    {
        var marketing = await App.MarketingStaffAsync();
        var visitor = App.Visitor();
        var draft = await marketing.CreatePostAsync("Our roadmap");
        (await marketing.PostAsync($"{ContentPostsApi.Editor}/{draft.Id}/unpublish", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var published = await marketing.PublishPostAsync(draft.Id);
        published.Status.ShouldBe("Published");
        published.PublishedAt!.Value.ShouldBe(App.Clock.GetUtcNow(), TimeSpan.FromSeconds(5));
        published.Version.ShouldBe(2);
        var shown = await visitor.PublicPostAsync("our-roadmap");
        (shown.Id, shown.Title, shown.Html).ShouldBe((draft.Id, "Our roadmap", draft.Html));
        var again = await marketing.PublishPostResponseAsync(draft.Id);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.ProblemCodeAsync()).ShouldBe("post-already-published");
        (await marketing.DeleteAsync($"{ContentPostsApi.Editor}/{draft.Id}")).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        (await marketing.UnpublishPostAsync(draft.Id)).Status.ShouldBe("Unpublished");
        (await visitor.PublicPostResponseAsync("our-roadmap")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await visitor.PublicPostsAsync()).Total.ShouldBe(0);
        var deleting = await marketing.DeleteAsync($"{ContentPostsApi.Editor}/{draft.Id}");
        deleting.StatusCode.ShouldBe(HttpStatusCode.Conflict, "a post published once is unpublished, not deleted");
        (await deleting.ProblemCodeAsync()).ShouldBe("post-was-published");

        (await marketing.PublishPostAsync(draft.Id)).Status.ShouldBe("Published");
        (await visitor.PublicPostResponseAsync("our-roadmap")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await App.PostRecordAsync(draft.Id)).Select(r => r.Action)
            .ShouldBe(["post.created", "post.published", "post.unpublished", "post.published"]);
    }

    [Fact]
    public async Task Drafts_and_posts_never_published_can_be_deleted_with_their_old_slugs()
    {
        var marketing = await App.MarketingStaffAsync();
        var draft = await marketing.CreatePostAsync("To be deleted");
        var renamed = await marketing.UpdatePostAsync(draft, slug: "deleted-later");
        var scheduled = await marketing.PublishPostAsync((await marketing.CreatePostAsync("Scheduled then deleted")).Id, App.Clock.GetUtcNow().AddDays(1));

        (await marketing.DeleteAsync($"{ContentPostsApi.Editor}/{renamed.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await marketing.DeleteAsync($"{ContentPostsApi.Editor}/{scheduled.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await marketing.GetAsync($"{ContentPostsApi.Editor}/{draft.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.Database.CountAsync("content", "Posts")).ShouldBe(0);
        (await App.Database.CountAsync("content", "PostSlugs")).ShouldBe(0);
        (await App.Database.CountAsync("content", "PostTags")).ShouldBe(0);
        (await App.PostRecordAsync(draft.Id)).Select(r => r.Action).ShouldBe(["post.created", "post.updated", "post.deleted"]);
        (await marketing.CreatePostAsync("To be deleted")).Slug.ShouldBe("to-be-deleted", "a deleted draft's slugs are free again");
    }

    [Fact]
    public async Task Only_marketing_writes_and_reads_drafts_and_a_refused_call_changes_nothing()
    {
        var marketing = await App.MarketingStaffAsync();
        var post = await marketing.CreatePostAsync("Members only");
        var published = await marketing.PublishPostAsync((await marketing.CreatePostAsync("Public one")).Id);
        var outsiders = new (string Who, HttpClient Client, HttpStatusCode Refusal)[]
        {
            ("a manager", App.Client(await App.ManagerAsync()), HttpStatusCode.Forbidden),
            ("a user", App.Client(await App.SignUpAsync()), HttpStatusCode.Forbidden),
            ("an admin without the Marketing role", await App.AdminAsync(), HttpStatusCode.Forbidden),
            ("a visitor", App.Visitor(), HttpStatusCode.Unauthorized),
        };
        var before = await App.Database.DumpAsync(t => t.Contains("content", StringComparison.Ordinal));

        foreach (var (who, client, refusal) in outsiders)
        {
            var calls = new Func<Task<HttpResponseMessage>>[]
            {
                () => client.CreatePostResponseAsync(new { title = "Mine", summary = "s", markdown = "m", tags = Array.Empty<string>() }),
                () => client.GetAsync(ContentPostsApi.Editor),
                () => client.GetAsync($"{ContentPostsApi.Editor}/{post.Id}"),
                () => client.GetAsync($"{ContentPostsApi.Editor}/{post.Id}/preview"),
                () => client.UpdatePostResponseAsync(post.Id, new { title = "Taken over", summary = "s", markdown = "m", version = post.Version }),
                () => client.PublishPostResponseAsync(post.Id),
                () => client.PostAsync($"{ContentPostsApi.Editor}/{published.Id}/unpublish", null),
                () => client.DeleteAsync($"{ContentPostsApi.Editor}/{post.Id}"),
            };
            foreach (var call in calls)
            {
                var response = await call();
                response.StatusCode.ShouldBe(refusal, $"{who}: {response.RequestMessage!.Method} {response.RequestMessage.RequestUri}");
                (await response.Content.ReadAsStringAsync()).ShouldNotContain("Members only");
            }

            (await client.PublicPostResponseAsync("public-one")).StatusCode.ShouldBe(HttpStatusCode.OK, $"{who} reads the public blog");
        }

        await QuietAsync();
        (await App.Database.DumpAsync(t => t.Contains("content", StringComparison.Ordinal))).ShouldBe(before);
    }

    [Fact]
    public async Task A_slug_stays_when_the_title_changes_and_an_old_slug_moves_permanently_to_the_new_one()
    {
        var marketing = await App.MarketingStaffAsync();
        var visitor = App.Visitor();
        var post = await marketing.PublishedPostAsync("First title");

        var retitled = await marketing.UpdatePostAsync(post, title: "A much better title");
        retitled.Slug.ShouldBe("first-title");
        (await visitor.PublicPostAsync("first-title")).Title.ShouldBe("A much better title");

        var moved = await marketing.UpdatePostAsync(retitled, slug: "better-title");
        moved.OldSlugs.ShouldBe(["first-title"]);
        var redirect = await visitor.PublicPostResponseAsync("first-title");
        redirect.StatusCode.ShouldBe(HttpStatusCode.MovedPermanently);
        redirect.Headers.Location!.OriginalString.ShouldBe("/api/content/posts/better-title");
        (await visitor.PublicPostAsync("better-title")).Id.ShouldBe(post.Id);

        // Nobody else may have a slug the post has or had, given or made from a title.
        var other = await marketing.CreatePostResponseAsync(new { title = "Other", summary = "s", markdown = "m", slug = "first-title" });
        other.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await other.ProblemCodeAsync()).ShouldBe("slug-taken");
        (await marketing.CreatePostAsync("First title")).Slug.ShouldBe("first-title-2");
        (await marketing.CreatePostAsync("Better title")).Slug.ShouldBe("better-title-2");
        (await marketing.CreatePostAsync("Better title")).Slug.ShouldBe("better-title-3");
        var third = await marketing.CreatePostAsync("Third");
        var stealing = await marketing.UpdatePostResponseAsync(third.Id, new { title = "Third", summary = third.Summary, markdown = third.Markdown, slug = "first-title", version = third.Version });
        stealing.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stealing.ProblemCodeAsync()).ShouldBe("slug-taken");

        // Going back to its own old slug: the old row goes, the slug it leaves becomes an old one.
        var back = await marketing.UpdatePostAsync(moved, slug: "first-title");
        back.OldSlugs.ShouldBe(["better-title"]);
        (await visitor.PublicPostAsync("first-title")).Id.ShouldBe(post.Id);
        (await visitor.PublicPostResponseAsync("better-title")).Headers.Location!.OriginalString.ShouldBe("/api/content/posts/first-title");

        // An old slug of a post no longer public is not found, like the post.
        await marketing.UnpublishPostAsync(post.Id);
        (await visitor.PublicPostResponseAsync("better-title")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_change_from_a_stale_version_is_refused_and_nothing_moves_when_nothing_changed()
    {
        var marketing = await App.MarketingStaffAsync();
        // As stored (the databases keep fewer digits of a time than the answer to the creation shows).
        var post = await marketing.EditorPostAsync((await marketing.CreatePostAsync("Versioned", tags: ["One"])).Id);
        App.Clock.Advance(TimeSpan.FromMinutes(5));

        var same = await marketing.UpdatePostAsync(post);
        (same.Version, same.UpdatedAt).ShouldBe((post.Version, post.UpdatedAt));

        var changed = await marketing.UpdatePostAsync(post, markdown: "New **text**", tags: ["One", "Two"]);
        changed.Version.ShouldBe(post.Version + 1);
        changed.UpdatedAt.ShouldBeGreaterThan(post.UpdatedAt);
        changed.Html.ShouldContain("<strong>text</strong>");
        changed.Tags.Select(t => t.Tag).ShouldBe(["one", "two"]);

        var stale = await marketing.UpdatePostResponseAsync(post.Id, new { title = "Lost update", summary = post.Summary, markdown = post.Markdown, version = post.Version });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.ProblemCodeAsync()).ShouldBe("version-conflict");
        (await marketing.EditorPostAsync(post.Id)).Title.ShouldBe("Versioned");
        (await App.PostRecordAsync(post.Id)).Select(r => r.Action).ShouldBe(["post.created", "post.updated"]);
    }

    [Fact]
    public async Task No_payload_of_the_xss_corpus_comes_back_unsanitised_and_plain_text_comes_back_as_written()
    {
        var marketing = await App.MarketingStaffAsync();
        var visitor = App.Visitor();
        var i = 0;
        foreach (var payload in XssCorpus.Payloads)
        {
            i++;
            // Leading and trailing spaces are trimmed from plain text; the rest comes back as written.
            var (title, summary, tag) = ($"Post {i} {Cut(payload, 180)}".Trim(), Cut(payload, 500).Trim(), $"t{i} {Cut(payload, 30)}".Trim());
            var created = await marketing.CreatePostResponseAsync(new { title, summary, markdown = $"# Post {i}\n\n{payload}\n\n- {payload}", tags = new[] { tag } });
            created.StatusCode.ShouldBe(HttpStatusCode.Created, $"{payload}: {await created.Content.ReadAsStringAsync()}");
            var post = await marketing.PublishPostAsync((await created.Content.ReadFromJsonAsync<EditorPostDto>())!.Id);

            foreach (var (what, shown) in new[] { ("public", await visitor.PublicPostAsync(post.Slug)), ("preview", await marketing.PreviewPostAsync(post.Id)) })
            {
                XssCorpus.AssertInert(shown.Html, $"{what} {payload}");
                (shown.Title, shown.Summary, shown.Tags.Single().Name).ShouldBe((title, summary, tag), "plain text comes back as written");
                shown.Slug.ShouldMatch("^[a-z0-9]+(?:-[a-z0-9]+)*$");
                shown.Tags.Single().Tag.ShouldMatch("^[a-z0-9]+(?:-[a-z0-9]+)*$");
            }
        }

        (await visitor.PublicPostsAsync("?pageSize=50")).Total.ShouldBe(XssCorpus.Payloads.Count);
    }

    [Fact]
    public async Task Public_answers_carry_a_strong_etag_and_caching_headers_and_a_matching_if_none_match_gets_304()
    {
        var marketing = await App.MarketingStaffAsync();
        var visitor = App.Visitor();
        var post = await marketing.PublishedPostAsync("Cached post");

        foreach (var path in new[] { "/api/content/posts/cached-post", "/api/content/posts", "/api/content/tags" })
        {
            var first = await visitor.GetAsync(path);
            first.StatusCode.ShouldBe(HttpStatusCode.OK);
            var etag = first.Headers.ETag.ShouldNotBeNull();
            etag.IsWeak.ShouldBeFalse(path);
            first.Headers.CacheControl!.Public.ShouldBeTrue(path);
            first.Headers.CacheControl.MaxAge.ShouldBe(TimeSpan.FromSeconds(60), path);
            first.Headers.CacheControl.NoStore.ShouldBeFalse(path);
            first.Content.Headers.LastModified.ShouldNotBeNull(path);

            using var conditional = new HttpRequestMessage(HttpMethod.Get, path);
            conditional.Headers.IfNoneMatch.Add(etag);
            var notModified = await visitor.SendAsync(conditional);
            notModified.StatusCode.ShouldBe(HttpStatusCode.NotModified, path);
            (await notModified.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
            notModified.Headers.ETag.ShouldBe(etag);
        }

        var etagBefore = (await visitor.GetAsync("/api/content/posts/cached-post")).Headers.ETag!;
        var listBefore = (await visitor.GetAsync("/api/content/posts")).Headers.ETag!;
        await marketing.UpdatePostAsync(post, markdown: "Changed.");
        using var stale = new HttpRequestMessage(HttpMethod.Get, "/api/content/posts/cached-post");
        stale.Headers.IfNoneMatch.Add(etagBefore);
        var changed = await visitor.SendAsync(stale);
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        changed.Headers.ETag.ShouldNotBe(etagBefore);
        (await changed.Content.ReadFromJsonAsync<PublicPostDto>())!.Html.ShouldContain("Changed.");
        (await visitor.GetAsync("/api/content/posts")).Headers.ETag.ShouldNotBe(listBefore);
        (await marketing.GetAsync(ContentPostsApi.Editor)).Headers.CacheControl!.NoStore.ShouldBeTrue("marketing's answers are not cached");
    }

    [Fact]
    public async Task The_public_list_pages_newest_first_filters_by_tag_and_counts_tags_of_public_posts_only()
    {
        var marketing = await App.MarketingStaffAsync();
        var visitor = App.Visitor();
        var titles = new List<string>();
        for (var i = 1; i <= 5; i++)
        {
            await marketing.PublishedPostAsync($"Post {i}", i % 2 == 0 ? ["Even", "All"] : ["Odd", "All"]);
            titles.Insert(0, $"Post {i}");
            App.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        await marketing.CreatePostAsync("Draft post", tags: ["Secret", "All"]);

        var first = await visitor.PublicPostsAsync("?pageSize=2");
        (first.Total, first.Page, first.PageSize).ShouldBe((5, 1, 2));
        first.Items.Select(p => p.Title).ShouldBe(titles.Take(2));
        (await visitor.PublicPostsAsync("?page=3&pageSize=2")).Items.Select(p => p.Title).ShouldBe(titles.Skip(4));
        (await visitor.PublicPostsAsync("?page=4&pageSize=2")).Items.ShouldBeEmpty();
        var even = await visitor.PublicPostsAsync("?tag=even");
        even.Items.Select(p => p.Title).ShouldBe(["Post 4", "Post 2"]);
        even.Items[0].Tags.ShouldBe([new PostTagDto("all", "All"), new PostTagDto("even", "Even")]);
        (await visitor.PublicPostsAsync("?tag=secret")).Total.ShouldBe(0);

        var tags = (await visitor.GetFromJsonAsync<TagCountDto[]>("/api/content/tags"))!;
        tags.ShouldBe([new TagCountDto("all", "All", 5), new TagCountDto("odd", "Odd", 3), new TagCountDto("even", "Even", 2)]);

        var editor = await marketing.GetFromJsonAsync<PagedDto<System.Text.Json.JsonElement>>($"{ContentPostsApi.Editor}?status=Draft");
        editor!.Items.ShouldHaveSingleItem().GetProperty("title").GetString().ShouldBe("Draft post");
        (await marketing.GetFromJsonAsync<PagedDto<System.Text.Json.JsonElement>>(ContentPostsApi.Editor))!.Items[0].GetProperty("title").GetString()
            .ShouldBe("Draft post", "the newest change first");
    }

    [Theory]
    [InlineData("?page=abc")]
    [InlineData("?page=0")]
    [InlineData("?pageSize=1000")]
    [InlineData("?tag=Not%20A%20Slug")]
    [InlineData("?tag=%3Cscript%3E")]
    public async Task Malformed_public_queries_are_answered_400(string query)
    {
        var response = await App.Visitor().GetAsync("/api/content/posts" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        (await response.ProblemAsync()).GetProperty("status").GetInt32().ShouldBe(400);
    }

    [Theory]
    [InlineData("Not-A-Slug")]
    [InlineData("a--b")]
    [InlineData("%3Cscript%3E")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task A_malformed_slug_is_answered_400(string slug)
    {
        var response = await App.Visitor().PublicPostResponseAsync(slug);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        await response.ProblemAsync();
    }

    [Fact]
    public async Task Bad_posts_are_refused_with_the_field_at_fault_and_nothing_is_stored()
    {
        var marketing = await App.MarketingStaffAsync();
        var good = new { title = "Fine", summary = "Fine.", markdown = "Fine.", tags = new[] { "Fine" }, slug = (string?)null };
        var bad = new (object Body, string Field)[]
        {
            (good with { title = "" }, "title"),
            (good with { title = new string('x', 201) }, "title"),
            (good with { summary = "" }, "summary"),
            (good with { markdown = new string('x', 100_001) }, "markdown"),
            (good with { tags = Enumerable.Range(1, 11).Select(n => $"tag {n}").ToArray() }, "tags"),
            (good with { tags = new[] { new string('t', 41) } }, "tags[0]"),
            (good with { tags = new[] { "!!!" } }, "tags[0]"),
            (good with { slug = "Not A Slug" }, "slug"),
            (good with { slug = "trailing-" }, "slug"),
            (good with { slug = new string('s', 81) }, "slug"),
        };
        foreach (var (body, field) in bad)
        {
            var response = await marketing.CreatePostResponseAsync(body);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
            var problem = await response.ProblemAsync();
            problem.GetProperty("errors").EnumerateObject().Select(e => e.Name)
                .ShouldContain(n => string.Equals(n, field, StringComparison.OrdinalIgnoreCase), await response.Content.ReadAsStringAsync());
        }

        var malformed = await marketing.PostAsync(ContentPostsApi.Editor, new StringContent("{\"title\": ", new MediaTypeHeaderValue("application/json")));
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var post = await marketing.CreatePostAsync("Kept");
        var noVersion = await marketing.UpdatePostResponseAsync(post.Id, new { title = "Changed", summary = "s", markdown = "m" });
        noVersion.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await marketing.UpdatePostResponseAsync(Guid.NewGuid(), new { title = "Changed", summary = "s", markdown = "m", version = 1 }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await marketing.PublishPostResponseAsync(Guid.NewGuid())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await marketing.GetAsync($"{ContentPostsApi.Editor}/not-a-guid")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await marketing.GetAsync($"{ContentPostsApi.Editor}?status=Lost")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        await QuietAsync();
        (await App.Database.CountAsync("content", "Posts")).ShouldBe(1);
        (await marketing.EditorPostAsync(post.Id)).Title.ShouldBe("Kept");
        (await App.Database.CountAsync("content", "ModerationRecords")).ShouldBe(1);
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
