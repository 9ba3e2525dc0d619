using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Domain;
using SmartRoom.Modules.DealRooms.Persistence;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.Reports;

internal sealed record FolderRef(Guid Id, string Index, string Name);

internal sealed record DocumentReadership(
    Guid Id,
    string Index,
    string Name,
    FolderRef Folder,
    int CurrentVersion,
    int DistinctViewers,
    int Views,
    int Downloads,
    DateTimeOffset? LastActivityAt);

internal sealed record DocumentsReport(Guid RoomId, DateTimeOffset GeneratedAt, IReadOnlyList<DocumentReadership> Documents);

/// <summary>
/// Managers' "what is being read": every document in tree order with how members read it. Only records
/// flagged <see cref="ActorKind.Member"/> count — the managers' own reads and support staff's are left
/// out, so the numbers show the other side's interest: distinct members who viewed or downloaded it,
/// views, downloads, and the last time a member did either.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.Manager)]
internal sealed record GetDocumentsReport(Guid RoomId) : IQuery<Result<DocumentsReport>>, IRoomRequest;

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

internal static class GetDocumentsReportEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/reports/documents", async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetDocumentsReport(roomId), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("GetDocumentsReport")
            .WithSummary("Managers: every document in tree order with distinct member viewers, views, downloads and last member activity.")
            .Produces<DocumentsReport>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
