namespace SmartRoom.Modules.DealRooms.Features.GetGroupsReport;

internal sealed class GetGroupsReportHandler(DealRoomsDbContext db, TimeProvider clock)
    : IQueryHandler<GetGroupsReport, Result<GroupsReport>>
{
    public async ValueTask<Result<GroupsReport>> Handle(GetGroupsReport query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var active = Member.ActiveAt(now);
        var groups = await db.Groups.AsNoTracking().Where(g => g.RoomId == query.RoomId)
            .OrderBy(g => g.Name)
            .Select(g => new { g.Id, g.Name, Members = db.Members.Where(active).Count(m => m.RoomId == g.RoomId && m.GroupId == g.Id) })
            .ToListAsync(cancellationToken);
        // The whole room in three queries; every group's levels are then worked out in memory.
        var folders = await db.Folders.AsNoTracking().Where(f => f.RoomId == query.RoomId).ToListAsync(cancellationToken);
        var grants = (await db.Permissions.AsNoTracking().Where(p => p.RoomId == query.RoomId).ToListAsync(cancellationToken)).ToLookup(p => p.GroupId);
        var documents = await db.Documents.AsNoTracking().Where(d => d.RoomId == query.RoomId)
            .Select(d => new { d.Id, d.FolderId }).ToListAsync(cancellationToken);

        var rows = groups
            .Select(g =>
            {
                var effective = new EffectiveAccess(folders, grants[g.Id].ToList());
                var levels = documents.Select(d => effective.OfDocument(d.Id, d.FolderId)).ToList();
                var viewable = levels.Count(l => l >= AccessLevel.View);
                var downloadable = levels.Count(l => l >= AccessLevel.Download);
                var visible = folders.Count(f => effective.OfFolder(f.Id) >= AccessLevel.View);
                return new GroupCoverage(g.Id, g.Name, g.Members, documents.Count, viewable, downloadable, folders.Count, visible,
                    Percent(viewable, documents.Count), Percent(downloadable, documents.Count), Percent(visible, folders.Count));
            })
            .ToList();
        return new GroupsReport(query.RoomId, now, rows);
    }

    private static double Percent(int part, int whole) =>
        whole == 0 ? 0 : Math.Round(100.0 * part / whole, 1, MidpointRounding.AwayFromZero);
}
