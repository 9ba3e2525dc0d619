namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// Which step applies in which status: Open → Assigned → Drafted → Approved → Closed, or Declined from any status
/// before Approved. Each step moves <see cref="Question.Version"/> on, which guards concurrent steps.
/// </summary>
internal static class QuestionWorkflow
{
    public static bool IsAnswered(QuestionStatus status) => status is QuestionStatus.Approved or QuestionStatus.Closed;

    /// <summary>Still waiting for an answer (counts as overdue once past due).</summary>
    public static bool IsPending(QuestionStatus status) => status is QuestionStatus.Open or QuestionStatus.Assigned or QuestionStatus.Drafted;

    public static bool CanAssign(QuestionStatus status) => IsPending(status);

    public static bool CanDraft(QuestionStatus status) => IsPending(status);

    /// <summary>A draft is approved as it is; an open or assigned question needs the answer given with the approval.</summary>
    public static bool CanApprove(QuestionStatus status, bool answerGiven) =>
        status == QuestionStatus.Drafted || (answerGiven && status is QuestionStatus.Open or QuestionStatus.Assigned);

    public static bool CanDecline(QuestionStatus status) => IsPending(status);

    public static bool CanClose(QuestionStatus status) => status == QuestionStatus.Approved;

    public static bool CanEdit(QuestionStatus status) => status is not (QuestionStatus.Closed or QuestionStatus.Declined);

    public static bool IsOverdue(QuestionStatus status, DateTimeOffset dueAt, DateTimeOffset now) => IsPending(status) && dueAt < now;

    public static void Step(Question question, QuestionStatus to, DateTimeOffset at)
    {
        question.Status = to;
        question.UpdatedAt = at;
        question.Version++;
    }
}
