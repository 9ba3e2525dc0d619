using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.Modules.Messaging.Contracts;
using SmartRoom.Modules.Notifications.Persistence;
using static SmartRoom.IntegrationTests.Infrastructure.MessagingNoticesApi;

namespace SmartRoom.IntegrationTests.Notifications;

/// <summary>
/// Messaging's events, published on the host's bus as Messaging's outbox does, reach people by email (at once or in
/// the daily summary, as they chose) and in their feed; never with a subject, a message or a question's text.
/// </summary>
public sealed class MessagingNoticesTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task A_new_message_is_emailed_at_once_to_who_chose_it_and_waits_for_the_daily_summary_of_everyone_else()
    {
        var (eager, eagerRecipient) = await App.RecipientAsync("Eli Eager");
        var (calm, calmRecipient) = await App.RecipientAsync("Cal Calm");
        await App.PreferAsync(eager, "messages", "Immediate");
        var posted = App.MessagePosted("Project Falcon", "Bea Banker", [eagerRecipient, calmRecipient]);

        await App.PublishAsync(posted);

        var mail = await App.Smtp.WaitForAsync(eager.Email, m => (m.Subject ?? "").Contains("Bea Banker", StringComparison.Ordinal));
        mail.Subject.ShouldBe("Bea Banker wrote a new message in the deal room \"Project Falcon\"");
        mail.TextBody!.ShouldContain($"http://smartroom.test/api/deal-rooms/{posted.RoomId}/conversations/{posted.ConversationId}/messages");
        mail.Headers["List-Unsubscribe"].ShouldNotBeNullOrEmpty("messages are an optional category");
        await QuietAsync();
        App.Smtp.To(calm.Email).ShouldNotContain(m => (m.Subject ?? "").Contains("Bea Banker", StringComparison.Ordinal), "the default is the daily summary");
        foreach (var user in new[] { eager, calm })
        {
            var entry = (await App.FeedAsync(user)).ShouldHaveSingleItem();
            entry.ShouldBe(entry with { Category = "messages", Title = "Bea Banker wrote a new message in Project Falcon" });
            entry.Body.ShouldContain($"/api/deal-rooms/{posted.RoomId}/conversations/{posted.ConversationId}/messages");
        }

        await App.RunDailyDigestAsync();

        var summary = await App.Smtp.WaitForAsync(calm.Email, IsDailySummary);
        summary.TextBody!.ShouldContain("Bea Banker wrote a new message in Project Falcon");
        await QuietAsync();
        App.Smtp.To(eager.Email).ShouldNotContain(m => IsDailySummary(m), "what was emailed at once is not summarised again");
    }

    [Fact]
    public async Task A_redelivered_message_event_tells_each_person_once()
    {
        var (eager, eagerRecipient) = await App.RecipientAsync("Eli Eager");
        var (calm, calmRecipient) = await App.RecipientAsync("Cal Calm");
        await App.PreferAsync(eager, "messages", "Immediate");
        var posted = App.MessagePosted("Project Heron", "Bea Banker", [eagerRecipient, calmRecipient], conversationId: Guid.CreateVersion7());

        await App.PublishAsync(posted);
        await App.PublishAsync(posted);
        await QuietAsync();
        await App.PublishAsync(posted); // and once more after the first ones were handled
        await QuietAsync();

        App.Smtp.To(eager.Email).Count(m => (m.Subject ?? "").Contains("Project Heron", StringComparison.Ordinal)).ShouldBe(1);
        (await App.FeedAsync(eager)).Length.ShouldBe(1);
        (await App.FeedAsync(calm)).Length.ShouldBe(1);
        await App.RunDailyDigestAsync();
        var summary = await App.Smtp.WaitForAsync(calm.Email, IsDailySummary);
        summary.TextBody!.Split("Project Heron").Length.ShouldBe(2, "one line in the summary");
    }

    [Fact]
    public async Task The_notice_holds_no_subject_or_text_and_the_delivery_log_keeps_no_room_or_sender()
    {
        var (eager, eagerRecipient) = await App.RecipientAsync("Eli Eager");
        await App.PreferAsync(eager, "messages", "Immediate");
        var (_, roomId) = await App.MessagingRoomAsync("Project Osprey");
        var (subject, body) = ("Osprey price", "We offer 41 million.");
        var seeded = await App.SeedMessagingAsync(roomId, Guid.CreateVersion7(), subject, body);
        var posted = App.MessagePosted("Project Osprey", "Bea Banker", [eagerRecipient], roomId, seeded.ConversationId) with
        {
            StartedConversation = true,
        };

        await App.PublishAsync(posted);

        var mail = await App.Smtp.WaitForAsync(eager.Email, m => (m.Subject ?? "").Contains("Project Osprey", StringComparison.Ordinal));
        mail.Subject.ShouldBe("Bea Banker started a conversation with you in the deal room \"Project Osprey\"");
        foreach (var part in new[] { mail.Subject ?? "", mail.TextBody ?? "", mail.HtmlBody ?? "" })
        {
            part.ShouldNotContain(subject);
            part.ShouldNotContain(body);
        }

        await QuietAsync();
        await using var scope = App.Services.CreateAsyncScope();
        var logged = await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().EmailDeliveries.AsNoTracking()
            .Where(d => d.To == eager.Email && d.Template == "conversation-message").ToListAsync();
        var entry = logged.ShouldHaveSingleItem();
        foreach (var part in new[] { entry.Subject, entry.TextBody, entry.HtmlBody })
        {
            part.ShouldNotContain("Project Osprey");
            part.ShouldNotContain("Bea Banker");
            part.ShouldNotContain(subject);
        }

        entry.TextBody!.ShouldContain("[removed from the delivery log]");
    }

    [Fact]
    public async Task Question_notices_reach_assignee_managers_group_and_asker_with_number_and_category_only()
    {
        var (expert, expertRecipient) = await App.RecipientAsync("Ed Expert");
        var (manager, managerRecipient) = await App.RecipientAsync("Mia Manager");
        var (asker, askerRecipient) = await App.RecipientAsync("Ann Asker");
        var (colleague, colleagueRecipient) = await App.RecipientAsync("Col League");
        var (room, question, now) = (Guid.CreateVersion7(), Guid.CreateVersion7(), App.Clock.GetUtcNow());
        var due = now.AddDays(2);

        await App.PublishAsync(new QuestionAssigned(Guid.CreateVersion7(), now, room, "Project Kite", question, 17, "Tax", due, expertRecipient));
        await App.PublishAsync(new QuestionDrafted(Guid.CreateVersion7(), now, room, "Project Kite", question, 17, "Tax", [managerRecipient]));
        await App.PublishAsync(new QuestionAnswered(Guid.CreateVersion7(), now, room, "Project Kite", question, 17, "Tax", [askerRecipient, colleagueRecipient]));
        await App.PublishAsync(new QuestionDeclined(Guid.CreateVersion7(), now, room, "Project Kite", Guid.CreateVersion7(), 18, "Legal", askerRecipient));

        var assigned = await App.Smtp.WaitForAsync(expert.Email, m => m.Subject == "Question 17 in \"Project Kite\" is yours to answer");
        assigned.TextBody!.ShouldContain("Question 17 (Tax)");
        assigned.TextBody!.ShouldContain(Notices(due));
        assigned.TextBody!.ShouldContain($"/api/deal-rooms/{room}/questions/{question}");
        await App.Smtp.WaitForAsync(manager.Email, m => m.Subject == "An answer to question 17 in \"Project Kite\" awaits your approval");
        await App.Smtp.WaitForAsync(asker.Email, m => m.Subject == "Question 17 in \"Project Kite\" was answered");
        await App.Smtp.WaitForAsync(colleague.Email, m => m.Subject == "Question 17 in \"Project Kite\" was answered");
        var declined = await App.Smtp.WaitForAsync(asker.Email, m => m.Subject == "Question 18 in \"Project Kite\" was declined");
        declined.TextBody!.ShouldContain("Read the reason in the room");
        await QuietAsync();
        App.Smtp.To(colleague.Email).ShouldNotContain(m => (m.Subject ?? "").Contains("declined", StringComparison.Ordinal), "only the asker hears of a decline");
        App.Smtp.To(manager.Email).ShouldNotContain(m => (m.Subject ?? "").Contains("answered", StringComparison.Ordinal));
        (await App.FeedAsync(asker)).Select(f => f.Title).ShouldBe(
            ["Question 18 in Project Kite was declined", "Question 17 in Project Kite was answered"], ignoreOrder: true);
        (await App.FeedAsync(expert)).ShouldHaveSingleItem().Category.ShouldBe("deal-activity");
    }

    [Fact]
    public async Task Reminders_go_out_at_once_and_a_published_FAQ_waits_for_the_daily_summary()
    {
        var (expert, expertRecipient) = await App.RecipientAsync("Ed Expert");
        var (manager, managerRecipient) = await App.RecipientAsync("Mia Manager");
        var (reader, readerRecipient) = await App.RecipientAsync("Rex Reader");
        var (room, question, now) = (Guid.CreateVersion7(), Guid.CreateVersion7(), App.Clock.GetUtcNow());

        await App.PublishAsync(new QaReminderIssued(Guid.CreateVersion7(), now, room, "Project Wren", question, 5, "Finance", now.AddHours(20),
            QaReminderKinds.DueSoon, [expertRecipient]));
        await App.PublishAsync(new QaReminderIssued(Guid.CreateVersion7(), now, room, "Project Wren", question, 5, "Finance", now.AddHours(-4),
            QaReminderKinds.Overdue, [managerRecipient]));
        await App.PublishAsync(new FaqPublished(Guid.CreateVersion7(), now, room, "Project Wren", question, 5, "Finance", [readerRecipient]));

        var soon = await App.Smtp.WaitForAsync(expert.Email, m => m.Subject == "Question 5 in \"Project Wren\" is due soon");
        soon.TextBody!.ShouldContain("assigned to you, is due at");
        var overdue = await App.Smtp.WaitForAsync(manager.Email, m => m.Subject == "Question 5 in \"Project Wren\" is overdue");
        overdue.TextBody!.ShouldContain("has no approved answer yet");
        await QuietAsync();
        App.Smtp.To(reader.Email).ShouldNotContain(m => (m.Subject ?? "").Contains("Project Wren", StringComparison.Ordinal),
            "an FAQ waits for the daily summary by default");
        (await App.FeedAsync(reader)).ShouldHaveSingleItem().Title.ShouldBe("A new FAQ in Project Wren");

        await App.RunDailyDigestAsync();

        var summary = await App.Smtp.WaitForAsync(reader.Email, IsDailySummary);
        summary.TextBody!.ShouldContain("A new FAQ in Project Wren");
        summary.TextBody!.ShouldContain("Question 5 (Finance)");
    }

    private static string Notices(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
}
