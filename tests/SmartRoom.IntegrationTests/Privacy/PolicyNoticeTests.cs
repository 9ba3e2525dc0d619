using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.Modules.Notifications.Domain;
using SmartRoom.Modules.Notifications.Persistence;
using SmartRoom.Modules.Privacy.Domain;
using SmartRoom.Modules.Privacy.Persistence;

namespace SmartRoom.IntegrationTests.Privacy;

/// <summary>
/// <c>privacy:policy-change-notices</c>: a material policy version is announced by email to every active account,
/// once each, in batches from a checkpoint that survives a crash; outcomes come back from the delivery.
/// </summary>
public sealed class PolicyNoticeTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task A_material_version_emails_every_active_account_exactly_once_and_no_locked_or_unconfirmed_one()
    {
        var active = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => App.SignUpAsync()));
        var locked = await App.SignUpAsync();
        var admin = await App.AdminAsync();
        (await admin.PostAsJsonAsync($"/api/admin/users/{await App.UserIdAsync(locked)}/lock", new { until = App.Clock.GetUtcNow().AddDays(90) }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var unconfirmed = IdentityApi.NewEmail("unconfirmed");
        (await App.CreateClient().RegisterAsync(unconfirmed)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await QuietAsync();

        var version = await App.PublishPolicyAsync(App.Clock.GetUtcNow().AddDays(10), summary: "Sign-in records are now kept for 90 days.");
        await App.RunPolicyNoticesJobAsync();
        await App.RunPolicyNoticesJobAsync(); // a second run finds nothing left to send

        foreach (var email in active.Select(u => u.Email).Append(SmartRoomApp.AdminEmail))
        {
            App.Smtp.PolicyNoticesTo(email).ShouldBe(1, email);
        }

        App.Smtp.PolicyNoticesTo(locked.Email).ShouldBe(0);
        App.Smtp.PolicyNoticesTo(unconfirmed).ShouldBe(0);
        var notice = App.Smtp.To(active[0].Email).Single(m => m.Subject?.StartsWith(PrivacyNoticesApi.NoticeSubject, StringComparison.Ordinal) == true);
        var text = notice.TextBody ?? "";
        text.ShouldContain("Sign-in records are now kept for 90 days.");
        text.ShouldContain("http://smartroom.test/api/privacy/policies");
        text.ShouldContain("accept the new version");

        var report = await admin.PolicyNoticesAsync(version);
        report.Status.ShouldBe("completed");
        report.Recipients.ShouldBe(4);
        report.Counts.ShouldBe(new PolicyNoticeCountsDto(Pending: 0, Dispatched: 0, Sent: 4, Failed: 0, Unreachable: 0));
        report.Unreached.Total.ShouldBe(0);
    }

    [Fact]
    public async Task A_run_that_crashes_between_batches_resumes_at_its_checkpoint_and_nobody_is_told_twice()
    {
        var users = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => App.SignUpAsync()));
        await QuietAsync();
        var version = await App.PublishPolicyAsync(App.Clock.GetUtcNow().AddDays(5));

        // Six recipients (five accounts and the admin), two a batch: the second batch dies before its commit.
        App.NoticeFaults().FailBeforeCommitOfBatch = 2;
        try
        {
            await Should.ThrowAsync<InvalidOperationException>(() => App.SendPolicyNoticesAsync(batchSize: 2));
        }
        finally
        {
            App.NoticeFaults().FailBeforeCommitOfBatch = null;
        }

        await QuietAsync();
        var everyone = users.Select(u => u.Email).Append(SmartRoomApp.AdminEmail).ToList();
        everyone.Sum(App.Smtp.PolicyNoticesTo).ShouldBe(2, "only the committed first batch went out");
        var admin = await App.AdminAsync();
        var halfway = await admin.PolicyNoticesAsync(version);
        (halfway.Status, halfway.Batches, halfway.Counts.Sent, halfway.Counts.Pending).ShouldBe(("sending", 1, 2, 4));

        var resumed = await App.SendPolicyNoticesAsync(batchSize: 2);
        resumed.Dispatched.ShouldBe(4);
        await QuietAsync();

        foreach (var email in everyone)
        {
            App.Smtp.PolicyNoticesTo(email).ShouldBe(1, email);
        }

        (await admin.PolicyNoticesAsync(version)).Counts.Sent.ShouldBe(6);
    }

    [Fact]
    public async Task Notices_wait_until_their_notify_from_time_has_come()
    {
        var user = await App.SignUpAsync();
        await QuietAsync();
        // Effective in 40 days, announced 30 days before: in 10 days.
        var version = await App.PublishPolicyAsync(App.Clock.GetUtcNow().AddDays(40));

        await App.RunPolicyNoticesJobAsync();
        await QuietAsync();
        App.Smtp.PolicyNoticesTo(user.Email).ShouldBe(0);
        var scheduled = await (await App.AdminAsync()).PolicyNoticesAsync(version);
        scheduled.Status.ShouldBe("scheduled");
        scheduled.NotifyFrom.ShouldNotBeNull();

        App.Clock.Advance(TimeSpan.FromDays(11));
        await App.RunPolicyNoticesJobAsync();

        App.Smtp.PolicyNoticesTo(user.Email).ShouldBe(1);
        App.Smtp.PolicyNoticesTo(SmartRoomApp.AdminEmail).ShouldBe(1);
    }

    [Fact]
    public async Task An_address_refused_before_is_counted_unreachable_and_listed_while_the_others_are_sent()
    {
        var reachable = await App.SignUpAsync();
        var refused = await App.SignUpAsync();
        await QuietAsync();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var notifications = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            notifications.SuppressedAddresses.Add(new SuppressedAddress
            {
                Address = refused.Email.ToUpperInvariant(), Reason = "550 5.1.1 no such user", SuppressedAt = App.Clock.GetUtcNow(),
            });
            await notifications.SaveChangesAsync();
        }

        var version = await App.PublishPolicyAsync(App.Clock.GetUtcNow().AddDays(3));
        await App.RunPolicyNoticesJobAsync();

        App.Smtp.PolicyNoticesTo(reachable.Email).ShouldBe(1);
        App.Smtp.PolicyNoticesTo(refused.Email).ShouldBe(0);
        var report = await (await App.AdminAsync()).PolicyNoticesAsync(version);
        report.Counts.ShouldBe(new PolicyNoticeCountsDto(Pending: 0, Dispatched: 0, Sent: 2, Failed: 0, Unreachable: 1));
        var unreached = report.Unreached.Items.ShouldHaveSingleItem();
        (unreached.UserId, unreached.Email, unreached.Outcome).ShouldBe((await App.UserIdAsync(refused), refused.Email, "unreachable"));
        unreached.Reason!.ShouldContain("no such user");
    }

    [Fact]
    public async Task A_version_that_is_not_material_sends_nothing_and_reports_no_run()
    {
        var user = await App.SignUpAsync();
        var version = await App.PublishPolicyAsync(App.Clock.GetUtcNow().AddDays(3), material: false);

        await App.RunPolicyNoticesJobAsync();
        await QuietAsync();

        App.Smtp.PolicyNoticesTo(user.Email).ShouldBe(0);
        var report = await (await App.AdminAsync()).PolicyNoticesAsync(version);
        (report.Status, report.Recipients).ShouldBe(("none", 0));
    }

    [Fact]
    public async Task The_report_refuses_bad_paging_answers_404_for_an_unknown_version_and_is_for_privacy_officers_only()
    {
        var version = await App.PublishPolicyAsync(App.Clock.GetUtcNow().AddDays(3));
        var admin = await App.AdminAsync();

        var bad = await admin.GetAsync($"/api/admin/privacy/policies/{version}/notices?pageSize=0");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.CodeAsync()).ShouldBe("validation");
        var unknown = await admin.GetAsync($"/api/admin/privacy/policies/{Guid.NewGuid()}/notices");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unknown.ProblemAsync()).GetProperty("code").GetString().ShouldBe("not-found");
        var user = await App.SignUpAsync();
        (await App.ClientWithToken(user.Tokens.AccessToken).GetAsync($"/api/admin/privacy/policies/{version}/notices"))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Accounts_that_existed_before_Privacy_are_asked_for_once_and_recorded()
    {
        var user = await App.SignUpAsync();
        await QuietAsync();
        var userId = await App.UserIdAsync(user);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            // Privacy arrives on a platform whose accounts exist already: its copy and its memory of asking are empty.
            var db = scope.ServiceProvider.GetRequiredService<PrivacyDbContext>();
            (await db.Subjects.AnyAsync(s => s.Email == SmartRoomApp.AdminEmail)).ShouldBeTrue("the bootstrap admin, made without an event, is known from the replay");
            await db.Subjects.ExecuteDeleteAsync();
            await db.AccountReplays.ExecuteDeleteAsync();
        }

        var requester = App.Services.GetRequiredService<AccountReplayRequester>();
        await requester.EnsureRequestedAsync(CancellationToken.None);
        await QuietAsync();
        await requester.EnsureRequestedAsync(CancellationToken.None);
        await QuietAsync();

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PrivacyDbContext>();
            (await db.AccountReplays.CountAsync()).ShouldBe(1, "asked once");
            var subject = await db.Subjects.SingleAsync(s => s.Id == userId);
            (subject.Email, subject.EmailConfirmed, subject.LockedUntil).ShouldBe((user.Email, true, (DateTimeOffset?)null));
            var adminSubject = await db.Subjects.SingleAsync(s => s.Email == SmartRoomApp.AdminEmail);
            adminSubject.HasRole("Admin").ShouldBeTrue();
            adminSubject.EmailConfirmed.ShouldBeTrue();
        }
    }
}
