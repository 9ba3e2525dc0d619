namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>The Q&amp;A workflow's refusals, worded once.</summary>
internal static class QuestionErrors
{
    /// <summary>A question that does not exist and one out of the caller's reach answer the same.</summary>
    public static readonly Error NotFound = Error.NotFound("question");

    public static readonly Error Changed = Error.Conflict("question-changed", "The question was changed at the same time by someone else; read it again.");

    public static readonly Error LimitReached = Error.Conflict("question-limit-reached", "The room's limit of questions for your group is reached.");

    public static readonly Error DocumentNotFound = new(ErrorKind.Validation, "document-not-found", "The document was not found.",
        new Dictionary<string, string[]> { ["documentId"] = ["The document was not found."] });

    public static readonly Error AssigneeOnly = Error.Forbidden("question-assignee-only", "Only the question's assignee or the room's managers may do this.");

    public static readonly Error AskerOnly = Error.Forbidden("question-asker-only", "Only the asker or the room's managers may do this.");

    public static readonly Error MembersAsk = Error.Forbidden("room-members-only", "Questions are asked by the room's members, not its managers.");

    public static readonly Error AssigneeNotEligible = new(ErrorKind.Validation, "assignee-not-eligible",
        "A question is assigned to an active Q&A expert or manager of the room.",
        new Dictionary<string, string[]> { ["userId"] = ["Not an active Q&A expert or manager of the room."] });

    public static Error UnknownCategory(string field = "category") => Error.Validation(field, "Not one of the room's Q&A categories.");

    public static Error InvalidTransition(QuestionStatus status) =>
        Error.Conflict("invalid-transition", $"The question is {status}: this step does not apply to it.");
}
