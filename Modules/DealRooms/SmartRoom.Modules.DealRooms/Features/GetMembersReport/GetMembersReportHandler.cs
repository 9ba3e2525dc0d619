using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.GetMembersReport;

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
