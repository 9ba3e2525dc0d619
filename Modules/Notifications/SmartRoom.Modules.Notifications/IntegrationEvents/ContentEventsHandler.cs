using SmartRoom.Modules.Content.Contracts;
using SmartRoom.Modules.Notifications.Templates.Models;
using Wolverine;

namespace SmartRoom.Modules.Notifications.IntegrationEvents;

/// <summary>
/// Wolverine adapter: Content's events become notices, one <see cref="NotifyRecipient"/> per recipient; <c>Notify</c>
/// keys each by event × recipient × template, so a redelivered event tells no one twice. A recipient without an account
/// (someone who asked to remove content without signing in, a testimonial's author marketing wrote for, a configured
/// marketing mailbox) gets the email only. No notice ever carries a testimonial's quote or a comment's text; the
/// address of the content and marketing's reasons reach the recipient but not the delivery log.
/// </summary>
public static class ContentEventsHandler
{
    /// <summary>About the author's own testimonial: account activity.</summary>
    public static NotifyRecipient Handle(TestimonialStatusChanged e) =>
        Notices.To(e.EventId, e.Author.UserId, e.Author.Email, e.Author.DisplayName, Categories.AccountActivity,
            new TestimonialStatusEmail(e.Status, e.Reason ?? "", e.TestimonialId.ToString()),
            e.Author.UserId is null ? null : TestimonialTitle(e.Status), $"Testimonial {e.TestimonialId}");

    /// <summary>The answer to a request under the privacy policy: a legal notice nobody can switch off.</summary>
    public static NotifyRecipient Handle(RemovalRequestReceived e) =>
        Notices.To(e.EventId, e.Requester.UserId, e.Requester.Email, e.Requester.DisplayName, Categories.Legal,
            new RemovalRequestReceivedEmail(e.Url, Notices.When(e.DueAt), e.RequestId.ToString()),
            e.Requester.UserId is null ? null : "We received your request to remove content", $"It will be decided by {Notices.When(e.DueAt)}.");

    public static NotifyRecipient Handle(RemovalRequestDecided e) =>
        Notices.To(e.EventId, e.Requester.UserId, e.Requester.Email, e.Requester.DisplayName, Categories.Legal,
            new RemovalRequestDecidedEmail(e.Url, e.Removed, e.Reason, e.RequestId.ToString()),
            e.Requester.UserId is null ? null : e.Removed ? "The content you asked about was removed" : "Your removal request: the content stays",
            e.Removed ? "We removed it." : "The email tells you why.");

    /// <summary>The policy's deadline: the marketing team is reminded whatever its preferences.</summary>
    public static OutgoingMessages Handle(RemovalRequestReminderIssued e)
    {
        var title = e.Overdue ? "A removal request is overdue" : "A removal request is due soon";
        var messages = new OutgoingMessages();
        messages.AddRange(e.Moderators.Select(m => Notices.To(e.EventId, m.UserId, m.Email, m.DisplayName, Categories.Legal,
            new RemovalRequestReminderEmail(e.Url, Notices.When(e.DueAt), e.Overdue, e.RequestId.ToString()),
            m.UserId is null ? null : title, $"Due {Notices.When(e.DueAt)}: /api/content/moderation/removal-requests/{e.RequestId}")));
        return messages;
    }

    private static string TestimonialTitle(string status) => status switch
    {
        TestimonialStatuses.Approved => "Your testimonial is published",
        TestimonialStatuses.Rejected => "Your testimonial was not published",
        TestimonialStatuses.Unpublished => "Your testimonial was taken off our site",
        _ => "Your testimonial is withdrawn",
    };
}
