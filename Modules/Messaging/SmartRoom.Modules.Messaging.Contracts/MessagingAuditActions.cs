namespace SmartRoom.Modules.Messaging.Contracts;

/// <summary>
/// The audit actions Messaging announces. Stored and hashed into the room's chain: a name never changes, a new action is added.
/// </summary>
public static class MessagingAuditActions
{
    public const string ConversationStarted = "conversation.started";
    public const string ConversationRead = "conversation.read";
    public const string MessagePosted = "message.posted";
    public const string MessageEdited = "message.edited";
    public const string MessageDeleted = "message.deleted";

    public const string QuestionAsked = "question.asked";
    public const string QuestionAssigned = "question.assigned";
    public const string QuestionDrafted = "question.drafted";
    public const string QuestionApproved = "question.approved";
    public const string QuestionDeclined = "question.declined";
    public const string QuestionClosed = "question.closed";
    public const string QuestionReopened = "question.reopened";
    public const string QuestionUpdated = "question.updated";
    public const string QuestionRead = "question.read";
    public const string FaqPublished = "question.faq-published";
    public const string FaqWithdrawn = "question.faq-withdrawn";
    public const string QuestionsExported = "questions.exported";
    public const string QaSettingsChanged = "qa.settings-changed";
    public const string QaExpertSet = "qa.expert-set";

    public static readonly IReadOnlyList<string> All =
    [
        ConversationStarted, ConversationRead, MessagePosted, MessageEdited, MessageDeleted,
        QuestionAsked, QuestionAssigned, QuestionDrafted, QuestionApproved, QuestionDeclined, QuestionClosed, QuestionReopened,
        QuestionUpdated, QuestionRead, FaqPublished, FaqWithdrawn, QuestionsExported, QaSettingsChanged, QaExpertSet,
    ];
}
