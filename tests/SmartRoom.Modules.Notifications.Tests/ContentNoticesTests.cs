using System.Security.Cryptography;
using SmartRoom.BuildingBlocks.Configuration;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.Content.Contracts;
using SmartRoom.Modules.Notifications.IntegrationEvents;
using SmartRoom.Modules.Notifications.Templates;
using SmartRoom.Modules.Notifications.Templates.Models;
using Wolverine;

namespace SmartRoom.Modules.Notifications.Tests;

/// <summary>What Content's events become: who is told, in which category, with or without a feed entry, and what the log keeps.</summary>
public sealed class ContentNoticesTests
{
    private static readonly SecretSealer Sealer = new(new PlatformKeys(RandomNumberGenerator.GetBytes(32), []));
    private readonly EmailComposer _composer = new(new TemplateRenderer(), Sealer, new SmartRoomOptions { PublicBaseUrl = "https://rooms.example/" });
    private static readonly ContentRecipient Account = new(Guid.CreateVersion7(), "ann@example.test", "Ann");
    private static readonly ContentRecipient AddressOnly = new(null, "visitor@example.test", "Visitor");

    [Fact]
    public void A_requester_without_an_account_gets_a_legal_email_and_no_feed_entry_and_one_with_an_account_gets_both()
    {
        var now = DateTimeOffset.UtcNow;

        var anonymous = ContentEventsHandler.Handle(new RemovalRequestReceived(Guid.CreateVersion7(), now, Guid.CreateVersion7(), "/blog/a", now.AddDays(30), AddressOnly));
        var signedIn = ContentEventsHandler.Handle(new RemovalRequestDecided(Guid.CreateVersion7(), now, Guid.CreateVersion7(), "/blog/a", false, "News.", Account));

        anonymous.ShouldBe(anonymous with { UserId = null, Email = "visitor@example.test", Category = "legal", FeedTitle = null });
        signedIn.ShouldBe(signedIn with { UserId = Account.UserId, Category = "legal", FeedTitle = "Your removal request: the content stays" });
    }

    [Fact]
    public void A_reminder_tells_each_moderator_and_a_configured_mailbox_by_email_only()
    {
        var now = DateTimeOffset.UtcNow;
        var reminder = new RemovalRequestReminderIssued(Guid.CreateVersion7(), now, Guid.CreateVersion7(), "/blog/a", now, true, [Account, AddressOnly]);

        var notices = ContentEventsHandler.Handle(reminder).Cast<NotifyRecipient>().ToList();

        notices.Select(n => n.Email).ShouldBe(["ann@example.test", "visitor@example.test"]);
        notices.ShouldAllBe(n => n.Category == "legal" && n.EventId == reminder.EventId);
        notices[0].FeedTitle.ShouldBe("A removal request is overdue");
        notices[1].FeedTitle.ShouldBeNull();
    }

    [Theory]
    [InlineData("approved", "Your testimonial is published", "now on our site")]
    [InlineData("rejected", "Your testimonial was not published", "Their reason: Off topic.")]
    [InlineData("unpublished", "Your testimonial was taken off our site", "Their reason: Off topic.")]
    [InlineData("withdrawn", "Your testimonial is withdrawn", "As you asked, your testimonial was withdrawn")]
    public void The_author_is_told_each_status_of_their_testimonial_with_marketings_reason_kept_out_of_the_log(string status, string subject, string text)
    {
        var notice = ContentEventsHandler.Handle(new TestimonialStatusChanged(Guid.CreateVersion7(), DateTimeOffset.UtcNow, Guid.CreateVersion7(), status,
            status is "rejected" or "unpublished" ? "Off topic." : null, Account));
        var (email, logCopy) = _composer.Compose(EmailModel.FromJson(notice.Model), "Ann");

        notice.Category.ShouldBe("account-activity");
        notice.FeedTitle.ShouldBe(subject);
        email.Subject.ShouldBe(subject);
        email.Text.ShouldContain(text);
        logCopy?.Text.ShouldNotContain("Off topic.");
    }

    [Fact]
    public void A_kept_decision_sends_the_written_reason_to_the_requester_but_not_to_the_log_and_a_removal_sends_none()
    {
        var (kept, keptLog) = _composer.Compose(new RemovalRequestDecidedEmail("https://rooms.example/blog/q3-results", false,
            "The post reports on a public event <b>and</b> names no one.", Guid.CreateVersion7().ToString()), "Visitor");
        var (removed, _) = _composer.Compose(new RemovalRequestDecidedEmail("https://rooms.example/blog/q3-results", true,
            "Agreed: it named the requester.", Guid.CreateVersion7().ToString()), "Visitor");

        kept.Subject.ShouldBe("Your removal request: the content stays, and why");
        kept.Text.ShouldContain("The post reports on a public event <b>and</b> names no one.");
        kept.Html.ShouldContain("&lt;b&gt;and&lt;/b&gt;");
        keptLog.ShouldNotBeNull();
        foreach (var part in new[] { keptLog.Subject, keptLog.Text, keptLog.Html })
        {
            part.ShouldNotContain("public event");
            part.ShouldNotContain("q3-results");
        }

        removed.Subject.ShouldBe("The content you asked about was removed");
        removed.Text.ShouldContain("We removed it.");
        removed.Text.ShouldNotContain("Agreed");
    }

    [Fact]
    public void A_reminder_links_the_request_in_the_moderation_api()
    {
        var id = Guid.CreateVersion7().ToString();

        var (email, _) = _composer.Compose(new RemovalRequestReminderEmail("/blog/a", "2026-12-30 08:00 UTC", false, id), "Ann");

        email.Subject.ShouldBe("A removal request is due soon");
        email.Text.ShouldContain($"https://rooms.example/api/content/moderation/removal-requests/{id}");
        email.Text.ShouldContain("due at 2026-12-30 08:00 UTC");
    }
}
