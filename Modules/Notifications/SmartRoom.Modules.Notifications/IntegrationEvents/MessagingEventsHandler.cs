using System.Globalization;
using SmartRoom.Modules.Messaging.Contracts;
using SmartRoom.Modules.Notifications.Templates.Models;
using Wolverine;

namespace SmartRoom.Modules.Notifications.IntegrationEvents;

/// <summary>
/// Wolverine adapter: Messaging's events become notices, one <see cref="NotifyRecipient"/> per recipient, sent with
/// the event's own completion (the outbox); <c>Notify</c> keys each by event × recipient × template, so a redelivered
/// event tells no one twice. The events carry no subject, message, title or answer, and neither does any notice: it
/// says who wrote (or which question moved) in which room and links there. Room, sender and category travel as
/// <see cref="ConfidentialAttribute"/>: the delivery log never shows them.
/// </summary>
public static class MessagingEventsHandler
{
    /// <summary>Messages are frequent: unless someone asked for them at once, they arrive in the daily summary.</summary>
    public static OutgoingMessages Handle(ConversationMessagePosted e)
    {
        var what = e.StartedConversation ? "started a conversation with you" : "wrote a new message";
        var path = $"/api/deal-rooms/{e.RoomId}/conversations/{e.ConversationId}/messages";
        return Each(e.Recipients, recipient => Notices.To(e.EventId, recipient, Categories.Messages,
            new ConversationMessageEmail(e.RoomName, e.SenderName, what, e.RoomId.ToString(), e.ConversationId.ToString()),
            Fit($"{e.SenderName} {what} in {e.RoomName}"), $"Open the conversation: {path}", digestByDefault: true));
    }

    public static NotifyRecipient Handle(QuestionAssigned e) =>
        Notices.To(e.EventId, e.Assignee, Categories.DealActivity,
            new QuestionAssignedEmail(e.RoomName, Number(e.Number), e.Category, Notices.When(e.DueAt), e.RoomId.ToString(), e.QuestionId.ToString()),
            Fit($"Question {Number(e.Number)} in {e.RoomName} is yours to answer"),
            $"{e.Category}, due {Notices.When(e.DueAt)}. Open it: {QuestionPath(e.RoomId, e.QuestionId)}");

    public static OutgoingMessages Handle(QuestionDrafted e) =>
        Each(e.Managers, manager => Notices.To(e.EventId, manager, Categories.DealActivity,
            new QuestionDraftedEmail(e.RoomName, Number(e.Number), e.Category, e.RoomId.ToString(), e.QuestionId.ToString()),
            Fit($"An answer to question {Number(e.Number)} in {e.RoomName} awaits approval"),
            $"{e.Category}. Review it: {QuestionPath(e.RoomId, e.QuestionId)}"));

    public static OutgoingMessages Handle(QuestionAnswered e) =>
        Each(e.Recipients, member => Notices.To(e.EventId, member, Categories.DealActivity,
            new QuestionAnsweredEmail(e.RoomName, Number(e.Number), e.Category, e.RoomId.ToString(), e.QuestionId.ToString()),
            Fit($"Question {Number(e.Number)} in {e.RoomName} was answered"),
            $"{e.Category}. Read the answer: {QuestionPath(e.RoomId, e.QuestionId)}"));

    public static NotifyRecipient Handle(QuestionDeclined e) =>
        Notices.To(e.EventId, e.Asker, Categories.DealActivity,
            new QuestionDeclinedEmail(e.RoomName, Number(e.Number), e.Category, e.RoomId.ToString(), e.QuestionId.ToString()),
            Fit($"Question {Number(e.Number)} in {e.RoomName} was declined"),
            $"{e.Category}. Read the reason: {QuestionPath(e.RoomId, e.QuestionId)}");

    /// <summary>FAQs are news, not a call to act: the daily summary unless someone asked for them at once.</summary>
    public static OutgoingMessages Handle(FaqPublished e) =>
        Each(e.Recipients, member => Notices.To(e.EventId, member, Categories.DealActivity,
            new FaqPublishedEmail(e.RoomName, Number(e.Number), e.Category, e.RoomId.ToString(), e.QuestionId.ToString()),
            Fit($"A new FAQ in {e.RoomName}"),
            $"Question {Number(e.Number)} ({e.Category}). Read it: {QuestionPath(e.RoomId, e.QuestionId)}", digestByDefault: true));

    public static OutgoingMessages Handle(QaReminderIssued e)
    {
        var overdue = e.Kind == QaReminderKinds.Overdue;
        var title = overdue
            ? $"Question {Number(e.Number)} in {e.RoomName} is overdue"
            : $"Question {Number(e.Number)} in {e.RoomName} is due soon";
        return Each(e.Recipients, recipient => Notices.To(e.EventId, recipient, Categories.DealActivity,
            new QaReminderEmail(e.RoomName, Number(e.Number), e.Category, Notices.When(e.DueAt), overdue, e.RoomId.ToString(), e.QuestionId.ToString()),
            Fit(title), $"{e.Category}, due {Notices.When(e.DueAt)}. Open it: {QuestionPath(e.RoomId, e.QuestionId)}"));
    }

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static string QuestionPath(Guid roomId, Guid questionId) => $"/api/deal-rooms/{roomId}/questions/{questionId}";

    /// <summary>A feed title holds 200 characters; a long room name is cut, not refused.</summary>
    private static string Fit(string title) => title.Length <= 200 ? title : string.Concat(title.AsSpan(0, 199), "…");

    private static OutgoingMessages Each(IEnumerable<Recipient> recipients, Func<Recipient, NotifyRecipient> notice)
    {
        var messages = new OutgoingMessages();
        messages.AddRange(recipients.Select(notice));
        return messages;
    }
}
