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

internal sealed record GroupRef(Guid Id, string Name);

internal sealed record MemberActivity(
    Guid UserId,
    string Email,
    string DisplayName,
    RoomRole Role,
    MemberStatus Status,
    GroupRef? Group,
    DateTimeOffset JoinedAt,
    DateTimeOffset? LastSeenAt,
    DateTimeOffset? AccessExpiresAt,
    DateTimeOffset? RemovedAt,
    int DocumentsViewed,
    int Views,
    int Downloads,
    long BytesDownloaded,
    DateTimeOffset? TermsAcceptedAt,
    int? TermsVersionAccepted);

/// <summary>The report; <see cref="TermsVersion"/> is the room's current terms (null: the room has none).</summary>
internal sealed record MembersReport(Guid RoomId, DateTimeOffset GeneratedAt, int? TermsVersion, IReadOnlyList<MemberActivity> Members);

/// <summary>
/// Managers' "who did what": every member the room ever had (active, removed, expired) with their
/// document activity from the whole audit trail — distinct documents viewed or downloaded, views,
/// downloads, bytes downloaded — and their acceptance of the room's current terms.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.Manager)]
internal sealed record GetMembersReport(Guid RoomId) : IQuery<Result<MembersReport>>, IRoomRequest;

internal sealed class GetMembersReportHandler(EnteredRoom entered, DealRoomsDbContext db, TimeProvider clock)
    : IQueryHandler<GetMembersReport, Result<MembersReport>>
{
    public async ValueTask<Result<MembersReport>> Handle(GetMembersReport query, CancellationToken cancellationToken)
    {
        var room = entered.Context.Room;
        var now = clock.GetUtcNow();
        var members = await db.Members.AsNoTracking().Where(m => m.RoomId == room.Id).ToListAsync(cancellationToken);
        var groups = await db.Groups.AsNoTracking().Where(g => g.RoomId == room.Id)
            .ToDictionaryAsync(g => g.Id, g => new GroupRef(g.Id, g.Name), cancellationToken);

        var reads = db.AuditRecords.AsNoTracking()
            .Where(r => r.RoomId == room.Id && r.ActorId != null && r.TargetType == DocumentActivity.TargetType
                && (r.Action == DocumentActivity.Viewed || r.Action == DocumentActivity.Downloaded));
        // Counted in SQL: one row per actor.
        var counts = await reads
            .GroupBy(r => r.ActorId)
            .Select(g => new
            {
                ActorId = g.Key,
                Views = g.Count(r => r.Action == DocumentActivity.Viewed),
                Downloads = g.Count(r => r.Action == DocumentActivity.Downloaded),
                Documents = g.Select(r => r.TargetId).Distinct().Count(),
            })
            .ToDictionaryAsync(x => x.ActorId!.Value, cancellationToken);

        // Bytes live in each download's JSON details, which not every provider sums: streamed and added up here.
        var bytes = new Dictionary<Guid, long>();
        await foreach (var download in reads.Where(r => r.Action == DocumentActivity.Downloaded)
            .Select(r => new { r.ActorId, r.Details }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var actor = download.ActorId!.Value;
            bytes[actor] = bytes.GetValueOrDefault(actor) + DocumentActivity.BytesServed(download.Details);
        }

        // Acceptances of the exact current text only; the first one counts.
        var accepted = new Dictionary<Guid, (DateTimeOffset At, int Version)>();
        if (room.TermsHash is { } terms)
        {
            var acceptances = await db.TermsAcceptances.AsNoTracking()
                .Where(t => t.RoomId == room.Id && t.TermsHash == terms)
                .Select(t => new { t.UserId, t.AcceptedAt, t.TermsVersion })
                .ToListAsync(cancellationToken);
            foreach (var a in acceptances.OrderBy(a => a.AcceptedAt))
            {
                accepted.TryAdd(a.UserId, (a.AcceptedAt, a.TermsVersion));
            }
        }

        var rows = members
            .Select(m =>
            {
                var activity = counts.GetValueOrDefault(m.UserId);
                (DateTimeOffset At, int Version)? terms = accepted.TryGetValue(m.UserId, out var t) ? t : null;
                return new MemberActivity(
                    m.UserId, m.Email, m.DisplayName, m.Role, DocumentActivity.StatusOf(m, now),
                    m.GroupId is { } g ? groups.GetValueOrDefault(g) : null,
                    m.JoinedAt, m.LastSeenAt, m.AccessExpiresAt, m.RemovedAt,
                    activity?.Documents ?? 0, activity?.Views ?? 0, activity?.Downloads ?? 0, bytes.GetValueOrDefault(m.UserId),
                    terms?.At, terms?.Version);
            })
            .OrderBy(r => r.Status)
            .ThenBy(r => r.Email, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new MembersReport(room.Id, now, room.TermsHash is null ? null : room.TermsVersion, rows);
    }
}

internal static class GetMembersReportEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/reports/members", async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetMembersReport(roomId), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("GetMembersReport")
            .WithSummary("Managers: every member (active, removed, expired) with last visit, documents viewed, views, downloads, bytes and terms accepted.")
            .Produces<MembersReport>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
