using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.GetRemovalRequest;

internal sealed class GetRemovalRequestHandler(ContentDbContext db, TimeProvider clock) : IQueryHandler<GetRemovalRequest, Result<RemovalRequestView>>
{
    public async ValueTask<Result<RemovalRequestView>> Handle(GetRemovalRequest query, CancellationToken cancellationToken) =>
        await RemovalRequestReader.ViewAsync(db, query.Id, clock.GetUtcNow(), cancellationToken) is { } view
            ? view
            : RemovalRequestErrors.NotFound;
}
