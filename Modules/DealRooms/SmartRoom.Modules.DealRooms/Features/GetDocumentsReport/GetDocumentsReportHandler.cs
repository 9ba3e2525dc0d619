namespace SmartRoom.Modules.DealRooms.Features.GetDocumentsReport;

internal sealed class GetDocumentsReportHandler(RoomTree tree, DealRoomsDbContext db, TimeProvider clock)
    : IQueryHandler<GetDocumentsReport, Result<DocumentsReport>>
{
    public async ValueTask<Result<DocumentsReport>> Handle(GetDocumentsReport query, CancellationToken cancellationToken)
    {
        var everything = await tree.BuildAsync(query.RoomId, cancellationToken);
        var folders = everything.Folders.ToDictionary(f => f.Id);
        var activity = await db.AuditRecords.AsNoTracking()
            .Where(r => r.RoomId == query.RoomId && r.ActorKind == ActorKind.Member && r.TargetType == DocumentActivity.TargetType
                && (r.Action == DocumentActivity.Viewed || r.Action == DocumentActivity.Downloaded))
            .GroupBy(r => r.TargetId)
            .Select(g => new
            {
                TargetId = g.Key,
                Viewers = g.Select(r => r.ActorId).Distinct().Count(),
                Views = g.Count(r => r.Action == DocumentActivity.Viewed),
                Downloads = g.Count(r => r.Action == DocumentActivity.Downloaded),
                Last = g.Max(r => r.OccurredAt),
            })
            .ToListAsync(cancellationToken);
        var byDocument = activity
            .Where(a => Guid.TryParse(a.TargetId, out _))
            .ToDictionary(a => Guid.Parse(a.TargetId!));

        var rows = everything.Documents
            .Select(d =>
            {
                var folder = folders[d.FolderId];
                var read = byDocument.GetValueOrDefault(d.Id);
                return new DocumentReadership(d.Id, d.Index, d.Name, new FolderRef(folder.Id, folder.Index, folder.Name), d.Version,
                    read?.Viewers ?? 0, read?.Views ?? 0, read?.Downloads ?? 0, read?.Last);
            })
            .ToList();
        return new DocumentsReport(query.RoomId, clock.GetUtcNow(), rows);
    }
}
