using SmartRoom.BuildingBlocks.Paging;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.ListRemovalRequests;

internal sealed class ListRemovalRequestsHandler(ContentDbContext db, TimeProvider clock)
    : IQueryHandler<ListRemovalRequests, Result<Paged<RemovalRequestView>>>
{
    public async ValueTask<Result<Paged<RemovalRequestView>>> Handle(ListRemovalRequests query, CancellationToken cancellationToken)
    {
        var requests = db.RemovalRequests.AsNoTracking();
        requests = query.Status switch
        {
            RemovalRequestStatus.Open => requests.Where(r => r.DecidedAt == null),
            RemovalRequestStatus.Decided => requests.Where(r => r.DecidedAt != null),
            _ => requests,
        };
        var total = await requests.CountAsync(cancellationToken);
        var page = requests.OrderBy(r => r.DueAt).ThenBy(r => r.Id).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize);
        var items = await RemovalRequestReader.ViewsAsync(db, page, clock.GetUtcNow(), cancellationToken);
        return new Paged<RemovalRequestView>(items, query.Page, query.PageSize, total);
    }
}
