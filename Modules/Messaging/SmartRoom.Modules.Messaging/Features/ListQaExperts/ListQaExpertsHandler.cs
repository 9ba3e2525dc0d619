using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.ListQaExperts;

internal sealed class ListQaExpertsHandler(MessagingDbContext db, TimeProvider clock) : IQueryHandler<ListQaExperts, Result<IReadOnlyList<QaExpertView>>>
{
    public async ValueTask<Result<IReadOnlyList<QaExpertView>>> Handle(ListQaExperts query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var experts = await db.QaExperts.AsNoTracking().Where(e => e.RoomId == query.RoomId)
            .Join(db.Members.AsNoTracking(), e => new { e.RoomId, e.UserId }, m => new { m.RoomId, m.UserId }, (e, m) => new { Expert = e, Member = m })
            .ToListAsync(cancellationToken);
        return experts
            .OrderBy(x => x.Member.DisplayName, StringComparer.Ordinal).ThenBy(x => x.Expert.UserId)
            .Select(x => new QaExpertView(x.Expert.UserId, x.Member.DisplayName, QaCategories.Parse(x.Expert.Categories), x.Member.IsActive(now)))
            .ToList();
    }
}
