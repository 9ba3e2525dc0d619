using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Content;

/// <summary><c>content:removal-reminders</c>: the marketing team hears of each open request once before its deadline and once after it.</summary>
public sealed class RemovalReminderTests(SmartRoomApp app) : AppTest(app)
{
    private const string DueSoon = "A removal request is due soon";
    private const string Overdue = "A removal request is overdue";

    [Fact]
    public async Task The_team_is_reminded_once_when_due_soon_and_once_when_overdue_whatever_runs_twice()
    {
        var (_, staffEmail) = await MarketingAsync();
        var post = await App.SeedPostAsync();
        var receipt = await App.CreateClient().RequestedRemovalAsync($"/blog/{post.Slug}", IdentityApi.NewEmail("requester"));
        await QuietAsync(); // the team copy knows the marketing account

        (await App.SendRemovalRemindersAsync()).ShouldBe(new(0, 0, 0), "27 days before the deadline nothing is owed");
        App.Clock.Advance(TimeSpan.FromDays(27) + TimeSpan.FromHours(1));
        (await App.SendRemovalRemindersAsync()).ShouldBe(new(1, 0, 0));
        (await App.SendRemovalRemindersAsync()).ShouldBe(new(0, 0, 0), "the second run finds the reminder sent");
        var soon = await App.Smtp.WaitForAsync(staffEmail, m => m.Subject == DueSoon);
        soon.TextBody!.ShouldContain($"/api/content/moderation/removal-requests/{receipt.Id}");

        App.Clock.Advance(TimeSpan.FromDays(3));
        (await App.SendRemovalRemindersAsync()).ShouldBe(new(0, 1, 0));
        (await App.SendRemovalRemindersAsync()).ShouldBe(new(0, 0, 0));
        await App.Smtp.WaitForAsync(staffEmail, m => m.Subject == Overdue);
        var signedInAgain = App.ClientWithToken((await App.CreateClient().LoginForTokensAsync(staffEmail)).AccessToken); // a month on: a new token
        (await signedInAgain.RemovalRequestAsync(receipt.Id)).Overdue.ShouldBeTrue();

        await QuietAsync();
        App.Smtp.To(staffEmail).Count(m => m.Subject is DueSoon or Overdue).ShouldBe(2);
        (await App.ContentAsync(db => db.RemovalReminders.CountAsync())).ShouldBe(2);
    }

    [Fact]
    public async Task Concurrent_runs_send_each_reminder_once()
    {
        var (_, staffEmail) = await MarketingAsync();
        var post = await App.SeedPostAsync();
        for (var i = 0; i < 5; i++)
        {
            await App.CreateClient().RequestedRemovalAsync($"/blog/{post.Slug}", IdentityApi.NewEmail("requester"));
        }

        await QuietAsync();
        App.Clock.Advance(TimeSpan.FromDays(31));

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => App.SendRemovalRemindersAsync()));

        runs.Sum(r => r.Overdue).ShouldBe(5);
        runs.Sum(r => r.DueSoon).ShouldBe(0, "already past the deadline: only the overdue reminder is owed");
        await QuietAsync();
        App.Smtp.To(staffEmail).Count(m => m.Subject == Overdue).ShouldBe(5);
    }

    [Fact]
    public async Task A_decided_request_is_never_reminded_and_someone_who_left_the_team_hears_nothing()
    {
        var (staff, staffEmail) = await MarketingAsync();
        var (_, formerEmail, formerId) = await MarketingWithIdAsync();
        var admin = await App.AdminAsync();
        (await admin.PutAsJsonAsync($"/api/admin/users/{formerId}/roles", new { roles = Array.Empty<string>() })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var post = await App.SeedPostAsync();
        var decided = await App.CreateClient().RequestedRemovalAsync($"/blog/{post.Slug}", IdentityApi.NewEmail("requester"));
        var open = await App.CreateClient().RequestedRemovalAsync($"/blog/{post.Slug}", IdentityApi.NewEmail("requester"));
        await staff.DecidedAsync(decided.Id, false, "It is news.");
        await QuietAsync();
        App.Clock.Advance(TimeSpan.FromDays(28));

        (await App.SendRemovalRemindersAsync()).ShouldBe(new(1, 0, 0));
        App.Clock.Advance(TimeSpan.FromDays(3));
        (await App.SendRemovalRemindersAsync()).ShouldBe(new(0, 1, 0));

        await QuietAsync();
        App.Smtp.To(staffEmail).Where(m => m.Subject is DueSoon or Overdue).ShouldAllBe(m => m.TextBody!.Contains(open.Id.ToString()));
        App.Smtp.To(staffEmail).Count(m => m.Subject is DueSoon or Overdue).ShouldBe(2);
        App.Smtp.To(formerEmail).ShouldNotContain(m => m.Subject == DueSoon || m.Subject == Overdue, "the Marketing role was taken away");
        var team = await App.ContentAsync(db => db.TeamMembers.AsNoTracking().ToListAsync());
        team.Single(m => m.Id == formerId).ShouldSatisfyAllConditions(m => m.IsMarketing.ShouldBeFalse(), m => m.Email.ShouldBeEmpty());
    }

    [Fact]
    public async Task With_nobody_on_the_team_nothing_is_recorded_and_the_reminder_waits_for_someone()
    {
        var post = await App.SeedPostAsync();
        await App.CreateClient().RequestedRemovalAsync($"/blog/{post.Slug}", IdentityApi.NewEmail("requester"));
        App.Clock.Advance(TimeSpan.FromDays(31));

        (await App.SendRemovalRemindersAsync()).ShouldBe(new(0, 0, 1));
        (await App.ContentAsync(db => db.RemovalReminders.CountAsync())).ShouldBe(0);

        var (_, staffEmail) = await MarketingAsync();
        await QuietAsync();
        (await App.SendRemovalRemindersAsync()).ShouldBe(new(0, 1, 0));
        await App.Smtp.WaitForAsync(staffEmail, m => m.Subject == Overdue);
    }

    private async Task<(HttpClient Client, string Email)> MarketingAsync()
    {
        var (client, email, _) = await MarketingWithIdAsync();
        return (client, email);
    }

    private async Task<(HttpClient Client, string Email, Guid Id)> MarketingWithIdAsync()
    {
        var client = await App.MarketingStaffAsync();
        var me = (await client.GetFromJsonAsync<MeResponse>("/api/me"))!;
        return (client, me.Email, me.Id);
    }
}
