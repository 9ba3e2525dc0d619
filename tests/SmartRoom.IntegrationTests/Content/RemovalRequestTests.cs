using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.Modules.Content.Domain;

namespace SmartRoom.IntegrationTests.Content;

public sealed class RemovalRequestTests(SmartRoomApp app) : AppTest(app)
{
    private const string KeptReason = "The post reports on a public event and does not name you; we keep it.";

    [Fact]
    public async Task An_anonymous_request_that_is_kept_sends_the_written_reason_to_the_requesters_inbox_and_is_on_the_record()
    {
        var post = await App.SeedPostAsync();
        var requester = IdentityApi.NewEmail("requester");
        var marketing = await App.MarketingStaffAsync();
        var marketingId = (await marketing.GetFromJsonAsync<MeResponse>("/api/me"))!.Id;

        var receipt = await App.CreateClient().RequestedRemovalAsync($"http://smartroom.test/blog/{post.Slug}", requester, "Robin Requester");

        receipt.DueAt.ShouldBe(App.Clock.GetUtcNow().AddDays(30), TimeSpan.FromMinutes(1));
        var received = await App.Smtp.WaitForAsync(requester, m => m.Subject == "We received your request to remove content");
        received.TextBody!.ShouldContain("Hello Robin Requester");
        received.TextBody!.ShouldContain($"http://smartroom.test/blog/{post.Slug}");
        received.TextBody!.ShouldContain(receipt.DueAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));

        var (open, total) = await marketing.RemovalRequestsAsync("?status=open");
        total.ShouldBe(1);
        open[0].ShouldBe(open[0] with { Id = receipt.Id, Status = "open", RequesterId = null, RequesterEmail = requester, Reason = "It names me.", Decision = null });
        (open[0].DueAt - open[0].ReceivedAt).ShouldBe(TimeSpan.FromDays(30));
        open[0].DueAt.ShouldBe(receipt.DueAt, TimeSpan.FromMilliseconds(1));
        open[0].Content.ShouldBe(new RemovalContentDto("post", post.Id, post.Id, post.Title, "What happened this quarter.", $"/blog/{post.Slug}", "Published"));

        var decided = await marketing.DecidedAsync(receipt.Id, remove: false, KeptReason);

        decided.Status.ShouldBe("decided");
        decided.Decision.ShouldBe(new RemovalDecisionDto(false, KeptReason, marketingId, decided.Decision!.DecidedAt));
        decided.Decision.DecidedAt.ShouldBe(App.Clock.GetUtcNow(), TimeSpan.FromMinutes(1));
        var answer = await App.Smtp.WaitForAsync(requester, m => m.Subject == "Your removal request: the content stays, and why");
        answer.TextBody!.ShouldContain(KeptReason);
        answer.HtmlBody!.ShouldContain(KeptReason);
        (await App.ContentAsync(db => PublicPosts.Query(db).AnyAsync(p => p.Id == post.Id))).ShouldBeTrue("a kept post stays public");

        var twice = await marketing.DecideAsync(receipt.Id, true, "Changed our mind.");
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await twice.CodeAsync()).ShouldBe("removal-request-decided");
        var records = await marketing.ModerationRecordsAsync($"?targetId={receipt.Id}");
        records.Select(r => (r.Action, r.ActorId, r.Reason)).ShouldBe([("removal.kept", marketingId, KeptReason), ("removal.requested", null, null)]);
        (await marketing.RemovalRequestsAsync("?status=open")).Total.ShouldBe(0);
        (await marketing.RemovalRequestsAsync("?status=decided")).Items.Single().Id.ShouldBe(receipt.Id);

        await QuietAsync();
        App.Smtp.To(requester).Count.ShouldBe(2, "received, then decided: the refused second decision tells no one");
        await using var scope = App.Services.CreateAsyncScope();
        var logged = await scope.ServiceProvider.GetRequiredService<SmartRoom.Modules.Notifications.Persistence.NotificationsDbContext>().EmailDeliveries
            .AsNoTracking().Where(d => d.To == requester).ToListAsync();
        logged.Count.ShouldBe(2);
        logged.ShouldAllBe(d => !d.TextBody.Contains(KeptReason) && !d.HtmlBody.Contains(KeptReason), "the delivery log keeps no reason");
    }

    [Fact]
    public async Task A_signed_in_requester_is_answered_at_their_account_and_a_removal_unpublishes_the_post_named_by_its_old_slug()
    {
        var post = await App.SeedPostAsync(oldSlug: "old-" + Guid.NewGuid().ToString("N")[..8]);
        var oldSlug = await App.ContentAsync(db => db.PostSlugs.Where(s => s.PostId == post.Id).Select(s => s.Slug).SingleAsync());
        var user = await App.SignUpAsync();
        var userId = await App.UserIdAsync(user);
        var marketing = await App.MarketingStaffAsync();

        var receipt = await App.Client(user).RequestedRemovalAsync($"/api/content/posts/{oldSlug}", email: "someone-else@example.test");

        var request = await marketing.RemovalRequestAsync(receipt.Id);
        request.ShouldBe(request with { RequesterId = userId, RequesterEmail = user.Email });
        request.Content.Id.ShouldBe(post.Id);
        await App.Smtp.WaitForAsync(user.Email, m => m.Subject == "We received your request to remove content");

        await marketing.DecidedAsync(receipt.Id, remove: true, "It named the requester.");

        (await App.ContentAsync(db => db.Posts.SingleAsync(p => p.Id == post.Id))).Status.ShouldBe(PostStatus.Unpublished);
        (await App.ContentAsync(db => PublicPosts.Query(db).AnyAsync(p => p.Id == post.Id))).ShouldBeFalse();
        await App.Smtp.WaitForAsync(user.Email, m => m.Subject == "The content you asked about was removed");
        var again = await App.Client(user).RequestRemovalAsync($"/blog/{post.Slug}");
        (await again.CodeAsync()).ShouldBe("not-our-content", "once removed, the post is not public content any more");
        (await marketing.ModerationRecordsAsync($"?targetKind=post&targetId={post.Id}")).Single().Action.ShouldBe("post.unpublished");
        (await marketing.RemovalRequestAsync(receipt.Id)).Content.Status.ShouldBe("Unpublished");
        await QuietAsync();
        App.Smtp.To("someone-else@example.test").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_removal_deletes_the_comment_wipes_its_text_and_keeps_its_hash()
    {
        var post = await App.SeedPostAsync();
        var comment = await App.SeedCommentAsync(post.Id, "Carl was drunk at the party.");
        var marketing = await App.MarketingStaffAsync();
        var receipt = await App.CreateClient().RequestedRemovalAsync($"/blog/{post.Slug}#comment-{comment}", IdentityApi.NewEmail("carl"));
        var before = await App.ContentAsync(db => db.Comments.AsNoTracking().SingleAsync(c => c.Id == comment));
        (await marketing.RemovalRequestAsync(receipt.Id)).Content.ShouldBe(
            new RemovalContentDto("comment", comment, post.Id, post.Title, "Carl was drunk at the party.", $"/blog/{post.Slug}#comment-{comment}", "Published"));

        var decided = await marketing.DecidedAsync(receipt.Id, remove: true, "Personal and hurtful.");

        var after = await App.ContentAsync(db => db.Comments.AsNoTracking().SingleAsync(c => c.Id == comment));
        after.Status.ShouldBe(CommentStatus.Deleted);
        after.Body.ShouldBeEmpty();
        after.BodyHash.ShouldBe(before.BodyHash);
        after.ModerationReason.ShouldBe("Personal and hurtful.");
        decided.Content.ShouldBe(decided.Content with { Excerpt = "", Status = "Deleted" });
        (await App.ContentAsync(db => db.Comments.CountAsync(c => c.PostId == post.Id && c.Status == CommentStatus.Published))).ShouldBe(0);
        (await marketing.ModerationRecordsAsync($"?action=comment.deleted")).Single().TargetId.ShouldBe(comment);
        (await (await App.CreateClient().RequestRemovalAsync($"/blog/{post.Slug}#comment-{comment}", email: "x@example.test")).CodeAsync())
            .ShouldBe("not-our-content");
    }

    public static TheoryData<string> NotOurs => new() { "draft", "pending-comment", "comment-of-another-post", "foreign", "garbage", "unknown-slug" };

    [Theory]
    [MemberData(nameof(NotOurs))]
    public async Task An_address_that_names_nothing_public_here_is_refused_the_same_way_and_nothing_is_stored(string kind)
    {
        var post = await App.SeedPostAsync();
        var draft = await App.SeedPostAsync(published: false);
        var pending = await App.SeedCommentAsync(post.Id, published: false);
        var other = await App.SeedCommentAsync((await App.SeedPostAsync()).Id);
        var url = kind switch
        {
            "draft" => $"/blog/{draft.Slug}",
            "pending-comment" => $"/blog/{post.Slug}#comment-{pending}",
            "comment-of-another-post" => $"/api/content/posts/{post.Slug}/comments/{other}",
            "foreign" => $"https://elsewhere.example/blog/{post.Slug}",
            "garbage" => "]]>not a url<script>",
            _ => "/blog/no-such-post",
        };
        var requester = IdentityApi.NewEmail("requester");

        var response = await App.CreateClient().RequestRemovalAsync(url, email: requester);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.CodeAsync()).ShouldBe("not-our-content");
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain(draft.Title);
        (await App.ContentAsync(db => db.RemovalRequests.CountAsync())).ShouldBe(0);
        (await App.ContentAsync(db => db.ModerationRecords.CountAsync())).ShouldBe(0);
        await QuietAsync();
        App.Smtp.To(requester).ShouldBeEmpty();
    }

    public static TheoryData<string, string> BadRequests => new()
    {
        { """{"reason":"It names me.","email":"a@example.test"}""", "url" },
        { """{"url":"/blog/SLUG","email":"a@example.test"}""", "reason" },
        { """{"url":"/blog/SLUG","reason":"   ","email":"a@example.test"}""", "reason" },
        { """{"url":"/blog/SLUG","reason":"LONG","email":"a@example.test"}""", "reason" },
        { """{"url":"/blog/SLUG","reason":"It names me."}""", "email" },
        { """{"url":"/blog/SLUG","reason":"It names me.","email":"not-an-address"}""", "email" },
        { """{"url":"/blog/SLUG","reason":"It names me.","email":"a@example.test","name":"NAME"}""", "name" },
        { """{"url":42,"reason":"It names me.","email":"a@example.test"}""", "" },
        { """not json""", "" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_input_is_answered_400_and_stores_nothing(string body, string field)
    {
        var post = await App.SeedPostAsync();
        body = body.Replace("SLUG", post.Slug, StringComparison.Ordinal).Replace("LONG", new string('x', 4001), StringComparison.Ordinal)
            .Replace("NAME", new string('n', 201), StringComparison.Ordinal);

        var response = await App.CreateClient().PostAsync(ContentRemovalsApi.Path, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        if (field.Length > 0)
        {
            problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldContain(field);
        }

        (await App.ContentAsync(db => db.RemovalRequests.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Only_marketing_decides_and_a_refused_decision_changes_nothing()
    {
        var post = await App.SeedPostAsync();
        var receipt = await App.CreateClient().RequestedRemovalAsync($"/blog/{post.Slug}", IdentityApi.NewEmail("requester"));
        var (manager, _) = await App.ManagerWithRoomAsync();
        var user = App.Client(await App.SignUpAsync());

        (await App.CreateClient().DecideAsync(receipt.Id, true, "No.")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await manager.DecideAsync(receipt.Id, true, "No.")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await user.DecideAsync(receipt.Id, true, "No.")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await App.AdminAsync()).DecideAsync(receipt.Id, true, "No.")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await manager.GetAsync(ContentRemovalsApi.Moderation)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await user.GetAsync("/api/content/moderation/records")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var request = await App.ContentAsync(db => db.RemovalRequests.AsNoTracking().SingleAsync());
        request.DecidedAt.ShouldBeNull();
        (await App.ContentAsync(db => PublicPosts.Query(db).AnyAsync(p => p.Id == post.Id))).ShouldBeTrue();

        var marketing = await App.MarketingStaffAsync();
        (await (await marketing.DecideAsync(receipt.Id, null, "Why.")).ProblemAsync()).GetProperty("errors").TryGetProperty("remove", out _).ShouldBeTrue();
        (await (await marketing.DecideAsync(receipt.Id, false, " ")).ProblemAsync()).GetProperty("errors").TryGetProperty("reason", out _).ShouldBeTrue();
        (await marketing.DecideAsync(receipt.Id, false, new string('r', 4001))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await marketing.DecideAsync(Guid.CreateVersion7(), false, "Kept.")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.ContentAsync(db => db.RemovalRequests.AsNoTracking().SingleAsync())).DecidedAt.ShouldBeNull();
        (await marketing.GetAsync($"{ContentRemovalsApi.Moderation}?status=closed")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await marketing.GetAsync($"{ContentRemovalsApi.Moderation}?pageSize=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await marketing.GetAsync($"{ContentRemovalsApi.Moderation}/{Guid.CreateVersion7()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var decided = await marketing.DecidedAsync(receipt.Id, remove: false, new string('k', 4000));
        decided.Decision!.Reason.Length.ShouldBe(4000, "the request keeps the reason whole");
        (await marketing.ModerationRecordsAsync("?action=removal.kept")).Single().Reason!.Length.ShouldBe(RemovalRequestLimits.RecordedReason);
    }

    [Fact]
    public async Task Two_decisions_at_once_let_one_through_and_tell_the_requester_once()
    {
        var post = await App.SeedPostAsync();
        var requester = IdentityApi.NewEmail("requester");
        var receipt = await App.CreateClient().RequestedRemovalAsync($"/blog/{post.Slug}", requester);
        var marketing = await App.MarketingStaffAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => marketing.DecideAsync(receipt.Id, i % 2 == 0, $"Decision {i}")));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        answers.Count(a => a.StatusCode == HttpStatusCode.Conflict).ShouldBe(3);
        await QuietAsync();
        App.Smtp.To(requester).Count.ShouldBe(2);
        (await marketing.ModerationRecordsAsync($"?targetId={receipt.Id}")).Length.ShouldBe(2);
    }

    [Fact]
    public async Task The_moderation_record_lists_newest_first_and_filters()
    {
        var post = await App.SeedPostAsync();
        var first = await App.CreateClient().RequestedRemovalAsync($"/blog/{post.Slug}", IdentityApi.NewEmail("a"));
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await App.CreateClient().RequestedRemovalAsync($"/blog/{post.Slug}", IdentityApi.NewEmail("b"));
        var marketing = await App.MarketingStaffAsync();

        (await marketing.ModerationRecordsAsync()).Select(r => r.TargetId).ShouldBe([second.Id, first.Id]);
        (await marketing.ModerationRecordsAsync($"?targetKind=removal-request&action=removal.requested&targetId={first.Id}")).Single().TargetId.ShouldBe(first.Id);
        (await marketing.ModerationRecordsAsync("?action=post.unpublished")).ShouldBeEmpty();
        (await marketing.GetAsync("/api/content/moderation/records?page=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await marketing.GetAsync("/api/content/moderation/records?targetId=nope")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
