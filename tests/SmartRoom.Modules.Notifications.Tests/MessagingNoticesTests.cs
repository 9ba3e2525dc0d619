using System.Security.Cryptography;
using SmartRoom.BuildingBlocks.Configuration;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.Messaging.Contracts;
using SmartRoom.Modules.Notifications.IntegrationEvents;
using SmartRoom.Modules.Notifications.Templates;
using SmartRoom.Modules.Notifications.Templates.Models;

namespace SmartRoom.Modules.Notifications.Tests;

/// <summary>What Messaging's events become: who is told, in which category, how soon by default, and what the log keeps.</summary>
public sealed class MessagingNoticesTests
{
    private static readonly SecretSealer Sealer = new(new PlatformKeys(RandomNumberGenerator.GetBytes(32), []));
    private readonly EmailComposer _composer = new(new TemplateRenderer(), Sealer, new SmartRoomOptions { PublicBaseUrl = "https://rooms.example/" });
    private static readonly Recipient Ann = new(Guid.CreateVersion7(), "ann@example.test", "Ann");
    private static readonly Recipient Bob = new(Guid.CreateVersion7(), "bob@example.test", "Bob");

    [Fact]
    public void A_posted_message_tells_each_recipient_in_the_messages_category_by_daily_summary_unless_they_chose_otherwise()
    {
        var posted = new ConversationMessagePosted(Guid.CreateVersion7(), DateTimeOffset.UtcNow, Guid.CreateVersion7(), "Falcon",
            Guid.CreateVersion7(), Guid.CreateVersion7(), "Bea", StartedConversation: true, [Ann, Bob]);

        var notices = MessagingEventsHandler.Handle(posted).Cast<NotifyRecipient>().ToList();

        notices.Select(n => n.UserId).ShouldBe([Ann.UserId, Bob.UserId]);
        notices.ShouldAllBe(n => n.Category == "messages" && n.DigestByDefault && n.EventId == posted.EventId);
        notices[0].FeedTitle.ShouldBe("Bea started a conversation with you in Falcon");
        notices[0].FeedBody.ShouldBe($"Open the conversation: /api/deal-rooms/{posted.RoomId}/conversations/{posted.ConversationId}/messages");
    }

    [Fact]
    public void Assignments_and_reminders_are_immediate_by_default_and_an_FAQ_waits_for_the_summary()
    {
        var (room, question, now) = (Guid.CreateVersion7(), Guid.CreateVersion7(), DateTimeOffset.UtcNow);

        var assigned = MessagingEventsHandler.Handle(new QuestionAssigned(Guid.CreateVersion7(), now, room, "Falcon", question, 3, "Tax", now, Ann));
        var reminders = MessagingEventsHandler.Handle(new QaReminderIssued(Guid.CreateVersion7(), now, room, "Falcon", question, 3, "Tax", now,
            QaReminderKinds.Overdue, [Ann, Bob])).Cast<NotifyRecipient>().ToList();
        var faq = MessagingEventsHandler.Handle(new FaqPublished(Guid.CreateVersion7(), now, room, "Falcon", question, 3, "Tax", [Bob]))
            .Cast<NotifyRecipient>().Single();

        assigned.ShouldBe(assigned with { Category = "deal-activity", DigestByDefault = false, UserId = Ann.UserId });
        reminders.ShouldAllBe(n => n.Category == "deal-activity" && !n.DigestByDefault);
        reminders[0].FeedTitle.ShouldBe("Question 3 in Falcon is overdue");
        faq.ShouldBe(faq with { Category = "deal-activity", DigestByDefault = true, UserId = Bob.UserId });
    }

    [Fact]
    public void A_very_long_room_name_is_cut_to_fit_the_feed_title()
    {
        var notice = MessagingEventsHandler.Handle(new QuestionDeclined(Guid.CreateVersion7(), DateTimeOffset.UtcNow, Guid.CreateVersion7(),
            new string('R', 400), Guid.CreateVersion7(), 9, "Legal", Ann));

        notice.FeedTitle!.Length.ShouldBe(200);
        notice.FeedTitle.ShouldEndWith("…");
    }

    [Fact]
    public void The_message_email_names_sender_and_room_and_links_the_conversation_but_the_log_copy_keeps_neither_name()
    {
        var (room, conversation) = (Guid.CreateVersion7(), Guid.CreateVersion7());

        var (email, logCopy) = _composer.Compose(new ConversationMessageEmail("Project Falcon", "Bea Banker", "wrote a new message",
            room.ToString(), conversation.ToString()), "Ann", "https://rooms.example/api/notifications/unsubscribe?token=tok7Q9ZX");

        email.Subject.ShouldBe("Bea Banker wrote a new message in the deal room \"Project Falcon\"");
        email.Text.ShouldContain($"https://rooms.example/api/deal-rooms/{room}/conversations/{conversation}/messages");
        logCopy.ShouldNotBeNull();
        foreach (var part in new[] { logCopy.Subject, logCopy.Text, logCopy.Html })
        {
            part.ShouldNotContain("Project Falcon");
            part.ShouldNotContain("Bea Banker");
            part.ShouldNotContain("tok7Q9ZX");
        }
    }

    [Theory]
    [InlineData(false, "Question 4 in \"Falcon\" is due soon", "assigned to you, is due at 2026-12-01 08:00 UTC")]
    [InlineData(true, "Question 4 in \"Falcon\" is overdue", "was due at 2026-12-01 08:00 UTC and has no approved answer yet")]
    public void A_reminder_says_whether_the_question_is_due_soon_or_overdue(bool overdue, string subject, string text)
    {
        var (email, logCopy) = _composer.Compose(new QaReminderEmail("Falcon", "4", "Tax", "2026-12-01 08:00 UTC", overdue,
            Guid.CreateVersion7().ToString(), Guid.CreateVersion7().ToString()), "Ann");

        email.Subject.ShouldBe(subject);
        email.Text.ShouldContain(text);
        email.Text.ShouldContain("Question 4 (Tax)");
        logCopy!.Text.ShouldNotContain("Tax");
        logCopy.Text.ShouldNotContain("Falcon");
    }
}
