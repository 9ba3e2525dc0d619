using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.Modules.Content.Contracts;
using SmartRoom.Modules.Notifications.Persistence;

namespace SmartRoom.IntegrationTests.Notifications;

/// <summary>
/// Content's events, published on the host's bus as Content's outbox does, reach the author, the requester or the
/// marketing team by email (and, with an account, in their feed); never with a quote or a comment's text, and the
/// delivery log keeps neither the content's address nor marketing's reasons.
/// </summary>
public sealed class ContentNoticeTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task A_testimonials_author_is_told_each_status_with_the_reason_and_a_withdrawal_is_confirmed()
    {
        var (author, recipient) = await App.RecipientAsync("Tess Testimonial");
        var author2 = new ContentRecipient(recipient.UserId, recipient.Email, recipient.DisplayName);
        var testimonial = Guid.CreateVersion7();
        var now = App.Clock.GetUtcNow();

        await App.PublishAsync(new TestimonialStatusChanged(Guid.CreateVersion7(), now, testimonial, TestimonialStatuses.Rejected, "The quote names a client.", author2));
        await App.PublishAsync(new TestimonialStatusChanged(Guid.CreateVersion7(), now, testimonial, TestimonialStatuses.Withdrawn, null, author2));

        var rejected = await App.Smtp.WaitForAsync(author.Email, m => m.Subject == "Your testimonial was not published");
        rejected.TextBody!.ShouldContain("Hello Tess Testimonial");
        rejected.TextBody!.ShouldContain("Their reason: The quote names a client.");
        var withdrawn = await App.Smtp.WaitForAsync(author.Email, m => m.Subject == "Your testimonial is withdrawn");
        withdrawn.TextBody!.ShouldContain("As you asked, your testimonial was withdrawn");
        (await App.FeedAsync(author)).Select(f => f.Title).ShouldBe(["Your testimonial is withdrawn", "Your testimonial was not published"], ignoreOrder: true);
        (await DeliveryLogAsync(author.Email)).ShouldNotContain("names a client");
    }

    [Fact]
    public async Task A_requester_without_an_account_gets_the_emails_only_with_the_reason_when_the_content_is_kept_and_once_per_event()
    {
        var requester = new ContentRecipient(null, IdentityApi.NewEmail("visitor"), "Vic Visitor");
        var request = Guid.CreateVersion7();
        var now = App.Clock.GetUtcNow();
        var kept = new RemovalRequestDecided(Guid.CreateVersion7(), now, request, "http://smartroom.test/blog/q3-results", false,
            "It reports a public event.", requester);

        await App.PublishAsync(new RemovalRequestReceived(Guid.CreateVersion7(), now, request, "http://smartroom.test/blog/q3-results", now.AddDays(30), requester));
        await App.PublishAsync(kept);
        await App.PublishAsync(kept); // delivered again: told once

        var received = await App.Smtp.WaitForAsync(requester.Email, m => m.Subject == "We received your request to remove content");
        received.TextBody!.ShouldContain(Notice(now.AddDays(30)));
        var decided = await App.Smtp.WaitForAsync(requester.Email, m => m.Subject == "Your removal request: the content stays, and why");
        decided.TextBody!.ShouldContain("It reports a public event.");
        decided.TextBody!.ShouldContain("http://smartroom.test/blog/q3-results");
        decided.Headers["List-Unsubscribe"].ShouldBeNull("an answer to a request is a legal notice");
        await QuietAsync();
        App.Smtp.To(requester.Email).Count.ShouldBe(2);
        var log = await DeliveryLogAsync(requester.Email);
        log.ShouldNotContain("It reports a public event.");
        log.ShouldNotContain("q3-results");
    }

    [Fact]
    public async Task Each_moderator_and_a_configured_mailbox_get_the_reminder()
    {
        var (staff, staffRecipient) = await App.RecipientAsync("Mia Marketing");
        var mailbox = IdentityApi.NewEmail("blog-team");
        var request = Guid.CreateVersion7();
        var now = App.Clock.GetUtcNow();

        await App.PublishAsync(new RemovalRequestReminderIssued(Guid.CreateVersion7(), now, request, "/blog/q3-results", now.AddDays(-1), true,
            [new ContentRecipient(staffRecipient.UserId, staffRecipient.Email, "Mia Marketing"), new ContentRecipient(null, mailbox, "Marketing team")]));

        foreach (var address in new[] { staff.Email, mailbox })
        {
            var mail = await App.Smtp.WaitForAsync(address, m => m.Subject == "A removal request is overdue");
            mail.TextBody!.ShouldContain($"http://smartroom.test/api/content/moderation/removal-requests/{request}");
        }

        (await App.FeedAsync(staff)).ShouldHaveSingleItem().Title.ShouldBe("A removal request is overdue");
    }

    private static string Notice(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What the delivery log keeps of the emails to <paramref name="to"/>: subjects and bodies, once every delivery ended.</summary>
    private async Task<string> DeliveryLogAsync(string to)
    {
        await QuietAsync();
        await using var scope = App.Services.CreateAsyncScope();
        var logged = await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().EmailDeliveries.AsNoTracking()
            .Where(d => d.To == to).ToListAsync();
        logged.ShouldNotBeEmpty();
        logged.ShouldAllBe(d => d.SealedContent == null);
        return string.Join("\n", logged.SelectMany(d => new[] { d.Subject, d.TextBody, d.HtmlBody }));
    }
}
