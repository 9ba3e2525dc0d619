namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// Who sees which question — the one rule every Q&amp;A list, count, search, export and single read goes through.
/// Managers (and support staff reading under a grant) see every question of the room. A member sees their own
/// questions, their group's (without a group: only their own), those assigned to them, and answered questions
/// published as an FAQ to everyone or to their group. Who asked, and from which group, is shown only to managers
/// and to the asker's own group (<see cref="SeesAsker"/>): an FAQ never says.
/// </summary>
internal static class QuestionVisibility
{
    public static IQueryable<Question> VisibleTo(this IQueryable<Question> questions, MessagingDbContext db, RoomParticipant who)
    {
        var roomId = who.RoomId;
        var inRoom = questions.Where(q => q.RoomId == roomId);
        if (who.IsManager || who.IsSupport)
        {
            return inRoom;
        }

        var me = who.UserId;
        var group = who.GroupId;
        return inRoom.Where(q =>
            q.AskedBy == me
            || (group != null && q.AskerGroupId == group)
            || q.AssigneeId == me
            || ((q.Status == QuestionStatus.Approved || q.Status == QuestionStatus.Closed)
                && (q.FaqScope == FaqScope.All
                    || (group != null && q.FaqScope == FaqScope.Groups && db.FaqAudiences.Any(a => a.QuestionId == q.Id && a.GroupId == group)))));
    }

    /// <summary>Whether the question was asked in the participant's own group (or by them).</summary>
    public static bool IsOwnGroup(Question question, RoomParticipant who) =>
        question.AskedBy == who.UserId || (who.GroupId is { } group && question.AskerGroupId == group);

    /// <summary>Whether the participant may be told who asked and from which group: managers and the asker's own group.</summary>
    public static bool SeesAsker(Question question, RoomParticipant who) => who.IsManager || IsOwnGroup(question, who);

    /// <summary>Whether the participant may read the draft answer: managers and the assignee.</summary>
    public static bool SeesDraft(Question question, RoomParticipant who) => who.IsManager || question.AssigneeId == who.UserId;
}
