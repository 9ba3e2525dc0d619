namespace SmartRoom.Modules.Messaging.Features.GetQaReport;

internal sealed class GetQaReportHandler(MessagingDbContext db, TimeProvider clock) : IQueryHandler<GetQaReport, Result<QaReport>>
{
    public const string NoGroup = "No group";

    public async ValueTask<Result<QaReport>> Handle(GetQaReport query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // A few small columns per question: the whole room's figures are then worked out in memory.
        var questions = await db.Questions.AsNoTracking().Where(q => q.RoomId == query.RoomId)
            .Select(q => new Facts(q.AskerGroupId, q.Status, q.CreatedAt, q.ApprovedAt, q.DueAt))
            .ToListAsync(cancellationToken);
        var groups = await db.Groups.AsNoTracking().Where(g => g.RoomId == query.RoomId)
            .Select(g => new { g.GroupId, g.Name })
            .ToListAsync(cancellationToken);
        var byGroup = questions.ToLookup(q => q.GroupId);

        var rows = groups
            .OrderBy(g => g.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => Row(g.GroupId, g.Name, byGroup[g.GroupId].ToList(), now))
            .ToList();
        if (byGroup[null].Any())
        {
            rows.Add(Row(null, NoGroup, byGroup[null].ToList(), now));
        }

        // Questions of a group Messaging has not heard of (yet) still count in the totals.
        return new QaReport(query.RoomId, now, rows, Figures(questions, now));
    }

    private static QaGroupFigures Row(Guid? groupId, string name, List<Facts> questions, DateTimeOffset now)
    {
        var figures = Figures(questions, now);
        return new QaGroupFigures(groupId, name, figures.Asked, figures.Answered, figures.MedianHoursToAnswer, figures.Overdue);
    }

    private static QaFigures Figures(List<Facts> questions, DateTimeOffset now)
    {
        var answered = questions.Where(q => q.Status is QuestionStatus.Approved or QuestionStatus.Closed).ToList();
        var hours = answered.Where(q => q.ApprovedAt is not null)
            .Select(q => (q.ApprovedAt!.Value - q.CreatedAt).TotalHours)
            .Order()
            .ToList();
        var overdue = questions.Count(q => q.Status is not (QuestionStatus.Approved or QuestionStatus.Closed or QuestionStatus.Declined) && q.DueAt < now);
        return new QaFigures(questions.Count, answered.Count, Median(hours), overdue);
    }

    private static double? Median(List<double> sorted)
    {
        if (sorted.Count == 0)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return Math.Round(median, 1, MidpointRounding.AwayFromZero);
    }

    private sealed record Facts(Guid? GroupId, QuestionStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? ApprovedAt, DateTimeOffset DueAt);
}
