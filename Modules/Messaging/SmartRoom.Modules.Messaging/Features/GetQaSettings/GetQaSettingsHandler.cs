namespace SmartRoom.Modules.Messaging.Features.GetQaSettings;

internal sealed class GetQaSettingsHandler(MessagingDbContext db) : IQueryHandler<GetQaSettings, Result<QaSettingsView>>
{
    public async ValueTask<Result<QaSettingsView>> Handle(GetQaSettings query, CancellationToken cancellationToken)
    {
        var settings = await QaCategories.SettingsAsync(db, query.RoomId, cancellationToken);
        var limits = await db.GroupQuestionLimits.AsNoTracking()
            .Where(l => l.RoomId == query.RoomId)
            .Join(db.Groups.AsNoTracking().Where(g => g.RoomId == query.RoomId), l => l.GroupId, g => g.GroupId, (l, g) => new GroupLimitView(l.GroupId, g.Name, l.Limit))
            .ToListAsync(cancellationToken);
        return new QaSettingsView(QaCategories.Parse(settings.Categories), settings.DueBusinessDays, settings.DefaultGroupLimit,
            [.. limits.OrderBy(l => l.GroupName, StringComparer.Ordinal)]);
    }
}
