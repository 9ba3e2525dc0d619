namespace SmartRoom.Modules.Messaging.Features.ListQaCategories;

internal sealed class ListQaCategoriesHandler(MessagingDbContext db) : IQueryHandler<ListQaCategories, Result<IReadOnlyList<string>>>
{
    public async ValueTask<Result<IReadOnlyList<string>>> Handle(ListQaCategories query, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<string>>.Success(QaCategories.Parse((await QaCategories.SettingsAsync(db, query.RoomId, cancellationToken)).Categories));
}
