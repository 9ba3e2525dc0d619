using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Content;

/// <summary>The spam defence with its default limits: 5 per account in 10 minutes, 50 a day, 10 per address in 10 minutes.</summary>
public sealed class CommentSpamTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task The_sixth_comment_of_an_account_in_ten_minutes_answers_429_with_Retry_After_and_stores_nothing()
    {
        var slug = await App.PublishedPostAsync();
        var (reader, _) = await App.TrustedCommenterAsync(await App.MarketingStaffAsync(), slug);
        for (var i = 2; i <= 5; i++)
        {
            (await reader.PostCommentAsync(slug, $"Comment number {i} on the subject")).Status().ShouldBe("Published");
        }

        var before = await App.CommentRowsAsync();
        var refused = await reader.CommentAsync(slug, "Comment number 6 on the subject");

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await refused.CodeAsync()).ShouldBe("too-many-comments");
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        retryAfter.ShouldBeInRange(1, 600);
        await QuietAsync();
        (await App.CommentRowsAsync()).ShouldBe(before);

        App.Clock.Advance(TimeSpan.FromSeconds(retryAfter + 1));
        (await reader.CommentAsync(slug, "Comment number 6 on the subject")).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task An_account_posts_at_most_fifty_comments_a_day()
    {
        var slug = await App.PublishedPostAsync();
        var user = await App.SignUpAsync();
        var reader = App.Client(user);
        for (var i = 0; i < 50; i++)
        {
            (await reader.CommentAsync(slug, $"Daily comment {i}")).StatusCode.ShouldBe(HttpStatusCode.Created, $"comment {i}");
            if (i % 5 == 4)
            {
                App.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
                reader = await App.SignedInClientAsync(user);
            }
        }

        var refused = await reader.CommentAsync(slug, "Daily comment 50");

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        retryAfter.ShouldBeGreaterThan(20 * 3600, "the first of the day's fifty leaves the window a day after it was posted");
        await QuietAsync();
        (await App.CommentRowsAsync()).ShouldBe(50);
    }

    [Fact]
    public async Task Accounts_sharing_an_address_share_its_limit_and_an_IPv6_64_is_one_address()
    {
        var slug = await App.PublishedPostAsync();
        for (var i = 0; i < 10; i++)
        {
            // Ten accounts, one comment each, from addresses of one IPv6 /64.
            var reader = App.ClientWithToken((await App.SignUpAsync()).Tokens.AccessToken, $"2001:db8:5:6::{i + 1:x}");
            (await reader.CommentAsync(slug, $"Hello from neighbour {i}")).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var eleventh = App.ClientWithToken((await App.SignUpAsync()).Tokens.AccessToken, "2001:db8:5:6:ffff:ffff:ffff:ffff");
        var refused = await eleventh.CommentAsync(slug, "Hello from neighbour 10");

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await refused.CodeAsync()).ShouldBe("too-many-comments");
        refused.Headers.Contains("Retry-After").ShouldBeTrue();
        var elsewhere = App.ClientWithToken((await App.SignUpAsync()).Tokens.AccessToken, "2001:db8:5:7::1");
        (await elsewhere.CommentAsync(slug, "Hello from another network")).StatusCode.ShouldBe(HttpStatusCode.Created);
        await QuietAsync();
        (await App.CommentRowsAsync()).ShouldBe(11);
    }

    [Fact]
    public async Task Concurrent_comments_of_one_account_never_pass_its_limit()
    {
        var slug = await App.PublishedPostAsync();
        var reader = App.Client(await App.SignUpAsync());

        var answers = await Task.WhenAll(Enumerable.Range(0, 9).Select(i => reader.CommentAsync(slug, $"Racing comment {i}")));

        var statuses = string.Join(", ", answers.Select(a => (int)a.StatusCode));
        answers.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(5, statuses);
        answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests).ShouldBe(4, statuses);
        await QuietAsync();
        (await App.CommentRowsAsync()).ShouldBe(5);
    }

    [Fact]
    public async Task The_same_text_twice_from_one_account_within_a_day_is_a_duplicate_whatever_its_case_spacing_and_punctuation()
    {
        var slug = await App.PublishedPostAsync();
        var user = await App.SignUpAsync();
        var reader = App.Client(user);
        await reader.PostCommentAsync(slug, "Great post, thanks!");

        var again = await reader.CommentAsync(slug, "  great POST   thanks ");

        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.CodeAsync()).ShouldBe("duplicate-comment");
        (await App.CommentRowsAsync()).ShouldBe(1);
        App.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        (await (await App.SignedInClientAsync(user)).CommentAsync(slug, "Great post... thanks")).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_same_text_a_third_time_within_an_hour_by_anyone_is_a_duplicate()
    {
        var slug = await App.PublishedPostAsync();
        async Task<HttpResponseMessage> FromNewAccount(string text) => await App.Client(await App.SignUpAsync()).CommentAsync(slug, text);
        (await FromNewAccount("Visit my profile for more")).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await FromNewAccount("visit my PROFILE for more!")).StatusCode.ShouldBe(HttpStatusCode.Created);

        var third = await FromNewAccount("Visit my profile, for more.");

        third.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await third.CodeAsync()).ShouldBe("duplicate-comment");
        App.Clock.Advance(TimeSpan.FromMinutes(61));
        (await FromNewAccount("Visit my profile for more")).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await App.CommentRowsAsync()).ShouldBe(3);
    }

    [Fact]
    public async Task A_banned_account_is_told_why_and_stores_nothing_until_the_ban_ends()
    {
        var slug = await App.PublishedPostAsync();
        var marketing = await App.MarketingStaffAsync();
        var user = await App.SignUpAsync();
        var reader = App.Client(user);
        var me = (await reader.GetFromJsonAsync<MeResponse>("/api/me"))!;
        var banned = await marketing.PostAsJsonAsync($"/api/content/moderation/commenters/{me.Id}/ban",
            new { reason = "Repeated advertising.", until = App.Clock.GetUtcNow().AddDays(7) });
        banned.StatusCode.ShouldBe(HttpStatusCode.OK, await banned.Content.ReadAsStringAsync());

        var refused = await reader.CommentAsync(slug, "Let me back in.");

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var problem = await refused.ProblemAsync();
        problem.GetProperty("code").GetString().ShouldBe("commenting-banned");
        problem.GetProperty("detail").GetString()!.ShouldContain("Repeated advertising.");
        await QuietAsync();
        (await App.CommentRowsAsync()).ShouldBe(0);

        App.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        (await (await App.SignedInClientAsync(user)).CommentAsync(slug, "Back, and behaving.")).StatusCode.ShouldBe(HttpStatusCode.Created);
    }
}
