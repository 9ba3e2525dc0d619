namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>The lengths of a question's texts, and the rule for free text in validators (not blank, bounded).</summary>
internal static class QuestionLimits
{
    public const int Title = 200;

    public const int Body = 10_000;

    public const int Answer = 10_000;

    public const int Reason = 2_000;

    public static IRuleBuilderOptions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.NotNull().Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Must not be blank.")
            .MaximumLength(maxLength);

    /// <summary>
    /// Whether the asker's group has used up its questions: its own limit, else the room's default (none: no limit), against
    /// the questions its members asked that were not declined (a member without a group counts alone).
    /// </summary>
    public static async Task<bool> ReachedAsync(MessagingDbContext db, QaSettings settings, RoomParticipant asker, CancellationToken ct)
    {
        var roomId = asker.RoomId;
        int? limit = settings.DefaultGroupLimit;
        if (asker.GroupId is { } group
            && await db.GroupQuestionLimits.AsNoTracking().SingleOrDefaultAsync(l => l.RoomId == roomId && l.GroupId == group, ct) is { } own)
        {
            limit = own.Limit;
        }

        if (limit is not { } max)
        {
            return false;
        }

        var userId = asker.UserId;
        var groupId = asker.GroupId;
        var asked = await db.Questions.AsNoTracking()
            .Where(q => q.RoomId == roomId && q.Status != QuestionStatus.Declined)
            .Where(q => groupId != null ? q.AskerGroupId == groupId : q.AskedBy == userId)
            .CountAsync(ct);
        return asked >= max;
    }
}
