namespace SmartRoom.Modules.Privacy.Features.ListAffectedPeople;

internal sealed class ListAffectedPeopleHandler(PrivacyDbContext db) : IQueryHandler<ListAffectedPeople, Result<AffectedPeople>>
{
    public async ValueTask<Result<AffectedPeople>> Handle(ListAffectedPeople query, CancellationToken cancellationToken)
    {
        if (!await db.BreachEntries.AnyAsync(e => e.BreachId == query.BreachId, cancellationToken))
        {
            return BreachRegister.NotFound;
        }

        var subjects = db.BreachSubjects.AsNoTracking().Where(s => s.BreachId == query.BreachId);
        var total = await subjects.CountAsync(cancellationToken);
        var items = await subjects.OrderBy(s => s.Email).ThenBy(s => s.UserId)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(s => new AffectedPerson(s.UserId, s.Email, s.DisplayName, s.SelectedAt, s.Delivery, s.NotifiedAt, s.DeliveryReason, s.DeliveryReportedAt))
            .ToListAsync(cancellationToken);
        var controllers = await db.BreachControllerNotices.AsNoTracking().Where(n => n.BreachId == query.BreachId)
            .OrderBy(n => n.Email)
            .Select(n => new NotifiedController(n.UserId, n.Email, n.DisplayName, n.NotifiedAt, n.Delivery, n.DeliveryReason, n.DeliveryReportedAt))
            .ToListAsync(cancellationToken);
        return new AffectedPeople(items, query.Page, query.PageSize, total, controllers);
    }
}
