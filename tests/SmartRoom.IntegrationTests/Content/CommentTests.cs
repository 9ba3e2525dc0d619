using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Content;

public sealed class CommentTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task A_first_comment_waits_for_moderation_approval_publishes_it_and_the_next_one_is_published_at_once()
    {
        var slug = await App.PublishedPostAsync();
        var marketing = await App.MarketingStaffAsync();
        var reader = App.Client(await App.SignUpAsync());

        var first = await reader.PostCommentAsync(slug, "Thanks, this helped me a lot.");

        first.Status().ShouldBe("Pending");
        first.GetProperty("authorName").GetString().ShouldBe("Test User");
        (await App.CreateClient().PublicCommentsAsync(slug)).ShouldBeEmpty("a pending comment is not shown");
        (await marketing.ModerationQueueAsync()).ShouldContain(c => c.Id() == first.Id());

        await marketing.ApproveCommentAsync(first.Id());
        var shown = (await App.CreateClient().PublicCommentsAsync(slug)).ShouldHaveSingleItem();
        shown.Id().ShouldBe(first.Id());
        shown.GetProperty("body").GetString().ShouldBe("Thanks, this helped me a lot.");
        shown.GetProperty("authorName").GetString().ShouldBe("Test User");

        var second = await reader.PostCommentAsync(slug, "One more thought on the second part.");
        second.Status().ShouldBe("Published");
        (await App.CreateClient().PublicCommentsAsync(slug)).Select(c => c.Id()).ShouldBe([first.Id(), second.Id()], "oldest first");
        (await reader.MyCommentsAsync()).Select(c => c.Status()).ShouldBe(["Published", "Published"]);
        (await App.ModerationRecordsAsync(first.Id())).Select(r => r.Action).ShouldBe(["comment.posted", "comment.approved"]);
    }

    [Theory]
    [InlineData("Read more at https://example.test/offer")]
    [InlineData("See www.example.test for details")]
    [InlineData("My write-up: example.test/notes")]
    [InlineData("Cheap deals at cheap-pills.com today")]
    public async Task A_comment_with_a_link_waits_for_moderation_even_from_a_commenter_already_approved(string body)
    {
        var slug = await App.PublishedPostAsync();
        var (reader, _) = await App.TrustedCommenterAsync(await App.MarketingStaffAsync(), slug);

        var comment = await reader.PostCommentAsync(slug, body);

        comment.Status().ShouldBe("Pending");
        (await App.CommentRowAsync(comment.Id())).LinkCount.ShouldBe(1);
        (await App.CreateClient().PublicCommentsAsync(slug)).ShouldNotContain(c => c.Id() == comment.Id());
    }

    [Fact]
    public async Task More_than_two_links_are_refused_and_nothing_is_stored()
    {
        var slug = await App.PublishedPostAsync();
        var reader = App.Client(await App.SignUpAsync());

        var response = await reader.CommentAsync(slug, "https://a.example/1 and http://b.example/2 and www.c.example");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.CodeAsync()).ShouldBe("too-many-links");
        (await reader.CommentAsync(slug, "Two are fine: https://a.example/1 and http://b.example/2")).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await App.CommentRowsAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Only_a_public_post_takes_comments_and_an_old_slug_reads_the_post_it_moved_to()
    {
        var draft = await App.PublishedPostAsync(status: "Draft");
        var reader = App.Client(await App.SignUpAsync());

        var onDraft = await reader.CommentAsync(draft, "Early bird.");
        onDraft.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await onDraft.CodeAsync()).ShouldBe("post-not-found");
        (await App.CreateClient().GetAsync($"/api/content/posts/{draft}/comments")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await reader.CommentAsync("no-such-post", "Hello?")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.CommentRowsAsync()).ShouldBe(0);

        var slug = await App.PublishedPostAsync();
        var marketing = await App.MarketingStaffAsync();
        var comment = await reader.PostCommentAsync(slug, "Before the move.");
        await marketing.ApproveCommentAsync(comment.Id());
        var moved = await App.MovePostAsync(slug);

        (await App.CreateClient().PublicCommentsAsync(slug)).ShouldHaveSingleItem().Id().ShouldBe(comment.Id());
        var after = await reader.PostCommentAsync(slug, "After the move.");
        after.GetProperty("postSlug").GetString().ShouldBe(moved);
        (await App.CreateClient().PublicCommentsAsync(moved)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Pending_hidden_and_deleted_comments_are_neither_shown_nor_counted()
    {
        var slug = await App.PublishedPostAsync();
        var shown = await App.SeedCommentAsync(slug);
        await App.SeedCommentAsync(slug, "Pending");
        await App.SeedCommentAsync(slug, "Hidden");
        await App.SeedCommentAsync(slug, "Deleted");

        var page = await App.CreateClient().GetFromJsonAsync<JsonElement>($"/api/content/posts/{slug}/comments");

        page.GetProperty("total").GetInt32().ShouldBe(1);
        page.GetProperty("items").EnumerateArray().ShouldHaveSingleItem().Id().ShouldBe(shown);
        (await App.CreateClient().GetAsync($"/api/content/posts/{slug}/comments?pageSize=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await App.CreateClient().GetAsync($"/api/content/posts/{slug}/comments?page=x")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_problem_and_nothing_is_stored()
    {
        var slug = await App.PublishedPostAsync();
        var reader = App.Client(await App.SignUpAsync());

        foreach (var body in new object[]
        {
            new { },
            new { body = "" },
            new { body = "   \n\t " },
            new { body = new string('a', 5001) },
            new { body = "bell\u0007 rings" },
            new { body = "null\u0000byte" },
            new { body = "evil \u202Etxt.exe" },
        })
        {
            var response = await reader.PostAsJsonAsync($"/api/content/posts/{slug}/comments", body);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, JsonSerializer.Serialize(body));
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        }

        foreach (var raw in new[] { "{\"body\": 5}", "[1,2]", "{\"body\": \"unterminated", "{\"body\": \"\\ud800 lone\"}" })
        {
            var response = await reader.PostAsync($"/api/content/posts/{slug}/comments", new StringContent(raw, Encoding.UTF8, "application/json"));
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, raw);
        }

        (await App.CreateClient().CommentAsync(slug, "Anonymous here.")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await reader.PostCommentAsync(slug, "Line one,\nline two\twith a tab.")).Status().ShouldBe("Pending");
        (await reader.PostCommentAsync(slug, new string('b', 5000))).Status().ShouldBe("Pending");
        await QuietAsync();
        (await App.CommentRowsAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task The_honeypot_answers_like_a_pending_comment_and_stores_nothing()
    {
        var slug = await App.PublishedPostAsync();
        var bot = App.Client(await App.SignUpAsync());

        var response = await bot.CommentAsync(slug, "Buy followers now", website: "https://spam.example");

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        answer.Status().ShouldBe("Pending");
        answer.GetProperty("body").GetString().ShouldBe("Buy followers now");
        await QuietAsync();
        (await App.CommentRowsAsync()).ShouldBe(0);
        (await App.ModerationRecordsAsync(answer.Id())).ShouldBeEmpty();
        (await bot.MyCommentsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_XSS_corpus_comes_back_verbatim_as_plain_text_and_the_address_is_kept_nowhere()
    {
        const string address = "198.51.100.173";
        var slug = await App.PublishedPostAsync();
        var sent = new List<(Guid Id, string Body)>();
        for (var batch = 0; batch * 5 < XssCorpus.Payloads.Count; batch++)
        {
            // Limits: 5 comments per account in 10 minutes, 10 per address: a fresh account per batch, the clock moved on.
            var reader = App.ClientWithToken((await App.SignUpAsync()).Tokens.AccessToken, address);
            foreach (var payload in XssCorpus.Payloads.Select((p, i) => $"{p} #{i}").Skip(batch * 5).Take(5))
            {
                // Numbered: several payloads differ only in case or punctuation, which duplicate detection folds.
                var response = await reader.CommentAsync(slug, payload);
                response.StatusCode.ShouldBe(HttpStatusCode.Created, payload);
                var posted = await response.Content.ReadFromJsonAsync<JsonElement>();
                posted.GetProperty("body").GetString().ShouldBe(payload);
                sent.Add((posted.Id(), payload));
            }

            App.Clock.Advance(TimeSpan.FromMinutes(11));
        }

        var marketing = await App.MarketingStaffAsync();
        foreach (var (id, _) in sent)
        {
            await marketing.ApproveCommentAsync(id);
        }

        var response2 = await App.CreateClient().GetAsync($"/api/content/posts/{slug}/comments?pageSize=100");
        response2.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var shown = (await response2.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray()
            .ToDictionary(c => c.Id(), c => c.GetProperty("body").GetString());
        foreach (var (id, body) in sent)
        {
            shown[id].ShouldBe(body, "plain text, exactly as written");
        }

        await QuietAsync();
        var dump = await App.Database.DumpAsync();
        dump.ShouldNotContain(address, Case.Insensitive, "the commenter's address is kept only as a keyed hash");
        dump.ShouldNotContain("198.51.100.", Case.Insensitive);
    }
}
