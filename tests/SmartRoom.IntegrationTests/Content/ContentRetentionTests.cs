using Microsoft.EntityFrameworkCore;
using SmartRoom.IntegrationTests.Infrastructure;
using static SmartRoom.IntegrationTests.Infrastructure.PrivacyRetentionApi;

namespace SmartRoom.IntegrationTests.Content;

/// <summary>Content answers the retention job for its categories with a period: three years after what ends them, except what a hold keeps.</summary>
public sealed class ContentRetentionTests(SmartRoomApp app) : AppTest(app)
{
    private const string RemovalRequests = "content.removal-requests";
    private const string ModerationRecord = "content.moderation-record";
    private const string TestimonialConsents = "content.testimonial-consents";

    [Fact]
    public async Task Decided_requests_and_old_records_go_three_years_on_except_an_open_request_and_what_a_held_person_asked()
    {
        var post = await App.SeedPostAsync();
        var marketing = await App.MarketingStaffAsync();
        var held = await App.SignUpAsync();
        var gone = await App.CreateClient().RequestedRemovalAsync($"/blog/{post.Slug}", IdentityApi.NewEmail("gone"));
        var kept = await App.Client(held).RequestedRemovalAsync($"/blog/{post.Slug}");
        var open = await App.CreateClient().RequestedRemovalAsync($"/blog/{post.Slug}", IdentityApi.NewEmail("open"));
        await marketing.DecidedAsync(gone.Id, false, "News.");
        await marketing.DecidedAsync(kept.Id, false, "News.");
        var officer = await App.AdminAsync();
        await officer.HoldAsync("user", await App.UserIdAsync(held));
        App.Clock.Advance(TimeSpan.FromDays(3 * 365 + 1));

        var run = await RunAndWaitAsync(await App.AdminAsync());

        run[RemovalRequests].ShouldBe(run[RemovalRequests] with { Status = "completed", Module = "Content", Purged = 1, Held = 1 });
        (await App.ContentAsync(db => db.RemovalRequests.Select(r => r.Id).ToListAsync())).ShouldBe([kept.Id, open.Id], ignoreOrder: true);
        // Three requests and two decisions were recorded; the held person's own request stays on the record.
        run[ModerationRecord].ShouldBe(run[ModerationRecord] with { Status = "completed", Purged = 4, Held = 1 });
        run[TestimonialConsents].ShouldBe(run[TestimonialConsents] with { Status = "completed", Purged = 0, Held = 0 });

        var again = await RunAndWaitAsync(await App.AdminAsync());
        again[RemovalRequests].ShouldBe(again[RemovalRequests] with { Purged = 0, Held = 1 }, "a second sweep finds nothing more to remove");
    }

    [Fact]
    public async Task The_schedule_declares_every_kind_of_personal_data_content_keeps()
    {
        var schedule = await (await App.AdminAsync()).RetentionScheduleAsync();

        var content = schedule.Where(c => c.Module == "Content").ToDictionary(c => c.Key);
        content.Keys.ShouldBe([
            "content.post-authors", "content.comments", "content.comment-reports", "content.commenting-bans", "content.testimonials",
            TestimonialConsents, RemovalRequests, ModerationRecord, "content.marketing-team"], ignoreOrder: true);
        content[RemovalRequests].ShouldBe(content[RemovalRequests] with { Days = 1095, Trigger = "after the decision" });
        content[TestimonialConsents].Days.ShouldBe(1095);
        content["content.comments"].Days.ShouldBeNull();
    }

    private async Task<RetentionRunDto> RunAndWaitAsync(HttpClient officer)
    {
        var before = (await officer.RetentionRunsAsync()).Select(r => r.Id).ToHashSet();
        await App.RunRetentionJobAsync();
        RetentionRunDto? run = null;
        await WaitUntilAsync(async () =>
        {
            run = (await officer.RetentionRunsAsync()).SingleOrDefault(r => !before.Contains(r.Id));
            return run?.Status == "completed";
        });
        return run!;
    }
}
