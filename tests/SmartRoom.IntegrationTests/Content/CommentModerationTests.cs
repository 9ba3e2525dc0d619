using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Content;

public sealed class CommentModerationTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task Marketing_approves_hides_republishes_and_deletes_and_every_step_is_on_the_record_with_its_reason()
    {
        var slug = await App.PublishedPostAsync("Due diligence in five steps");
        var marketing = await App.MarketingStaffAsync();
        var reader = App.Client(await App.SignUpAsync());
        var comment = (await reader.PostCommentAsync(slug, "Step four is the hard one.")).Id();

        var queued = (await marketing.ModerationQueueAsync()).ShouldHaveSingleItem();
        queued.GetProperty("postSlug").GetString().ShouldBe(slug);
        queued.GetProperty("postTitle").GetString().ShouldBe("Due diligence in five steps");
        queued.GetProperty("authorName").GetString().ShouldBe("Test User");

        (await marketing.ApproveCommentAsync(comment)).Status().ShouldBe("Published");
        (await marketing.ModerateAsync(comment, "approve")).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var hidden = await marketing.ModerateAsync(comment, "hide", "Off topic.");
        hidden.StatusCode.ShouldBe(HttpStatusCode.OK, await hidden.Content.ReadAsStringAsync());
        (await App.CreateClient().PublicCommentsAsync(slug)).ShouldBeEmpty();
        (await reader.MyCommentsAsync()).ShouldHaveSingleItem().GetProperty("moderationReason").GetString().ShouldBe("Off topic.");
        var hideAgain = await marketing.ModerateAsync(comment, "hide", "Again.");
        hideAgain.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await hideAgain.CodeAsync()).ShouldBe("invalid-transition");
        (await marketing.ModerationQueueAsync("&status=hidden")).ShouldHaveSingleItem().Id().ShouldBe(comment);

        (await marketing.ApproveCommentAsync(comment)).Status().ShouldBe("Published");
        (await App.CreateClient().PublicCommentsAsync(slug)).ShouldHaveSingleItem();

        var deleted = await marketing.ModerateAsync(comment, "delete", "Posted by mistake, the author asked.");
        deleted.StatusCode.ShouldBe(HttpStatusCode.OK);
        var row = await App.CommentRowAsync(comment);
        row.Status.ToString().ShouldBe("Deleted");
        row.Body.ShouldBeEmpty("the text is wiped");
        row.BodyHash.Length.ShouldBe(64, "the keyed hash stays for duplicate detection");
        (await App.CreateClient().PublicCommentsAsync(slug)).ShouldBeEmpty();
        foreach (var step in new[] { "approve", "hide", "delete" })
        {
            var again = await marketing.ModerateAsync(comment, step, "Once more.");
            again.StatusCode.ShouldBe(HttpStatusCode.Conflict, step);
            (await again.CodeAsync()).ShouldBe("invalid-transition");
        }

        var records = await App.ModerationRecordsAsync(comment);
        records.Select(r => r.Action).ShouldBe(["comment.posted", "comment.approved", "comment.hidden", "comment.approved", "comment.deleted"]);
        records[2].Reason.ShouldBe("Off topic.");
        records[4].Reason.ShouldBe("Posted by mistake, the author asked.");
        records.Skip(1).ShouldAllBe(r => r.ActorId != null && r.ActorId != records[0].ActorId && r.IpAddress == "127.0.0.1");
        records[0].IpAddress.ShouldBeNull("the author's address is not kept");
    }

    [Fact]
    public async Task Managers_ordinary_users_and_visitors_may_not_moderate_and_change_nothing()
    {
        var slug = await App.PublishedPostAsync();
        var pending = await App.SeedCommentAsync(slug, "Pending");
        var manager = App.Client(await App.ManagerAsync());
        var user = App.Client(await App.SignUpAsync());
        var someone = await App.SignUpAsync();
        var someoneId = (await App.Client(someone).GetFromJsonAsync<MeResponse>("/api/me"))!.Id;
        var calls = new (HttpMethod Method, string Path, object? Body)[]
        {
            (HttpMethod.Get, "/api/content/moderation/comments", null),
            (HttpMethod.Post, $"/api/content/moderation/comments/{pending}/approve", new { }),
            (HttpMethod.Post, $"/api/content/moderation/comments/{pending}/hide", new { reason = "No." }),
            (HttpMethod.Post, $"/api/content/moderation/comments/{pending}/delete", new { reason = "No." }),
            (HttpMethod.Post, $"/api/content/moderation/commenters/{someoneId}/ban", new { reason = "No." }),
            (HttpMethod.Delete, $"/api/content/moderation/commenters/{someoneId}/ban", new { reason = "No." }),
            (HttpMethod.Get, "/api/content/moderation/commenters/bans", null),
        };
        foreach (var (client, expected) in new[] { (manager, HttpStatusCode.Forbidden), (user, HttpStatusCode.Forbidden), (App.CreateClient(), HttpStatusCode.Unauthorized) })
        {
            foreach (var (method, path, body) in calls)
            {
                using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
                var response = await client.SendAsync(request);
                response.StatusCode.ShouldBe(expected, $"{method} {path}");
                response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
            }
        }

        await QuietAsync();
        (await App.CommentRowAsync(pending)).Status.ToString().ShouldBe("Pending");
        (await App.ModerationRecordsAsync(pending)).ShouldBeEmpty();
        (await App.ModerationRecordsAsync(someoneId)).ShouldBeEmpty();
        (await App.Client(someone).CommentAsync(slug, "Still allowed to comment.")).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_stale_version_is_refused_so_two_moderators_do_not_overwrite_each_other()
    {
        var slug = await App.PublishedPostAsync();
        var first = await App.MarketingStaffAsync();
        var second = await App.MarketingStaffAsync();
        var comment = await App.SeedCommentAsync(slug, "Pending");
        var seen = (await second.ModerationQueueAsync()).Single().GetProperty("version").GetInt32();

        (await first.ModerateAsync(comment, "approve", version: seen)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var stale = await second.ModerateAsync(comment, "hide", "Spam.", version: seen);

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.CodeAsync()).ShouldBe("comment-changed");
        (await App.CommentRowAsync(comment)).Status.ToString().ShouldBe("Published");
        (await first.ModerateAsync(Guid.CreateVersion7(), "approve")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await first.ModerateAsync(comment, "hide", reason: "  ")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await first.GetAsync("/api/content/moderation/comments?status=gone")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await first.GetAsync("/api/content/moderation/comments?status=1")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Three_reports_send_a_comment_back_to_moderation_with_their_reasons_and_approval_clears_them()
    {
        var slug = await App.PublishedPostAsync();
        var marketing = await App.MarketingStaffAsync();
        var comment = await App.SeedCommentAsync(slug);
        var reporters = new List<HttpClient>();
        for (var i = 0; i < 3; i++)
        {
            reporters.Add(App.Client(await App.SignUpAsync()));
        }

        (await reporters[0].ReportAsync(comment, "Insulting.")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var twice = await reporters[0].ReportAsync(comment, "Still insulting.");
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await twice.CodeAsync()).ShouldBe("already-reported");
        (await reporters[1].ReportAsync(comment, "Spam.")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await App.CreateClient().PublicCommentsAsync(slug)).ShouldHaveSingleItem("two reports do not hide it");
        (await reporters[2].ReportAsync(comment, "Personal data of someone else.")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await App.CreateClient().PublicCommentsAsync(slug)).ShouldBeEmpty("three reports send it back to moderation");
        var queued = (await marketing.ModerationQueueAsync("&reported=true")).ShouldHaveSingleItem();
        queued.Status().ShouldBe("Pending");
        queued.GetProperty("reportCount").GetInt32().ShouldBe(3);
        queued.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("reason").GetString())
            .ShouldBe(["Insulting.", "Spam.", "Personal data of someone else."]);
        var fourth = await App.Client(await App.SignUpAsync()).ReportAsync(comment, "Too late.");
        fourth.StatusCode.ShouldBe(HttpStatusCode.NotFound, "a pending comment is not public");

        var approved = await marketing.ApproveCommentAsync(comment);
        approved.GetProperty("reportCount").GetInt32().ShouldBe(0);
        approved.GetProperty("reports").GetArrayLength().ShouldBe(0);
        (await App.CreateClient().PublicCommentsAsync(slug)).ShouldHaveSingleItem();
        (await marketing.ModerationQueueAsync("&reported=true")).ShouldBeEmpty();
        (await App.ModerationRecordsAsync(comment)).Count(r => r.Action == "comment.reported").ShouldBe(3);
        (await App.ModerationRecordsAsync(comment)).Where(r => r.Action == "comment.reported").ShouldAllBe(r => r.IpAddress == null);
    }

    [Fact]
    public async Task Only_public_comments_can_be_reported_and_a_reason_is_needed()
    {
        var slug = await App.PublishedPostAsync();
        var reader = App.Client(await App.SignUpAsync());
        foreach (var status in new[] { "Pending", "Hidden", "Deleted" })
        {
            var response = await reader.ReportAsync(await App.SeedCommentAsync(slug, status));
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, status);
            (await response.CodeAsync()).ShouldBe("comment-not-found");
        }

        (await reader.ReportAsync(Guid.CreateVersion7())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var published = await App.SeedCommentAsync(slug);
        (await reader.ReportAsync(published, "")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await reader.ReportAsync(published, new string('x', 1001))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await App.CreateClient().ReportAsync(published)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await QuietAsync();
        (await App.CommentRowAsync(published)).ReportCount.ShouldBe(0);
    }

    [Fact]
    public async Task Marketing_bans_lists_and_lifts_a_ban_with_reasons_on_the_record()
    {
        var slug = await App.PublishedPostAsync();
        var marketing = await App.MarketingStaffAsync();
        var user = await App.SignUpAsync();
        var reader = App.Client(user);
        var me = (await reader.GetFromJsonAsync<MeResponse>("/api/me"))!;
        await reader.PostCommentAsync(slug, "Before the ban.");

        var banned = await marketing.PostAsJsonAsync($"/api/content/moderation/commenters/{me.Id}/ban", new { reason = "Abusive replies." });
        banned.StatusCode.ShouldBe(HttpStatusCode.OK, await banned.Content.ReadAsStringAsync());
        var bans = await marketing.GetFromJsonAsync<JsonElement>("/api/content/moderation/commenters/bans");
        var ban = bans.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        ban.GetProperty("userId").GetGuid().ShouldBe(me.Id);
        ban.GetProperty("authorName").GetString().ShouldBe("Test User");
        ban.GetProperty("reason").GetString().ShouldBe("Abusive replies.");
        (await reader.CommentAsync(slug, "Am I banned?")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reader.ReportAsync(await App.SeedCommentAsync(slug))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await marketing.PostAsJsonAsync($"/api/content/moderation/commenters/{me.Id}/ban",
            new { reason = "In the past.", until = App.Clock.GetUtcNow().AddMinutes(-1) })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        using var lift = new HttpRequestMessage(HttpMethod.Delete, $"/api/content/moderation/commenters/{me.Id}/ban")
        {
            Content = JsonContent.Create(new { reason = "Apologised." }),
        };
        (await marketing.SendAsync(lift)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await reader.CommentAsync(slug, "Back again.")).StatusCode.ShouldBe(HttpStatusCode.Created);
        using var liftAgain = new HttpRequestMessage(HttpMethod.Delete, $"/api/content/moderation/commenters/{me.Id}/ban")
        {
            Content = JsonContent.Create(new { reason = "Again." }),
        };
        var none = await marketing.SendAsync(liftAgain);
        none.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await none.CodeAsync()).ShouldBe("ban-not-found");
        var records = await App.ModerationRecordsAsync(me.Id);
        records.Select(r => (r.Action, r.Reason)).ShouldBe([("commenter.banned", "Abusive replies."), ("commenter.unbanned", "Apologised.")]);
    }
}
