using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.GetRetentionSchedule;

internal sealed class GetRetentionScheduleHandler(PrivacyDbContext db, RetentionSchedule schedule)
    : IQueryHandler<GetRetentionSchedule, Result<IReadOnlyList<RetentionScheduleEntry>>>
{
    public async ValueTask<Result<IReadOnlyList<RetentionScheduleEntry>>> Handle(GetRetentionSchedule query, CancellationToken cancellationToken)
    {
        var active = (await db.LegalHolds.AsNoTracking().Where(h => h.ReleasedAt == null).OrderBy(h => h.Id).ToListAsync(cancellationToken))
            .Select(LegalHoldView.From)
            .ToList();
        return schedule.Categories()
            .Select(c => new RetentionScheduleEntry(
                c.Key, c.Category.Module, c.Category.Name, c.Days, c.Category.Retention.Trigger, c.Source, c.Category.Retention.Days,
                active.Where(h => Touches(h, c)).ToList()))
            .ToList();
    }

    private static bool Touches(LegalHoldView hold, ScheduledCategory category) =>
        hold.Scope.Kind == LegalHoldScopes.Category ? hold.Scope.Key == category.Key : category.Days is not null;
}
