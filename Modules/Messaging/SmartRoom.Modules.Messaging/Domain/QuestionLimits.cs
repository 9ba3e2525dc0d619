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

    /// <summary>How many questions the asker may still count against: their group's limit, else the room's default (null: no limit).</summary>
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
