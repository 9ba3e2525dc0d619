namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>
/// Appends to a room's hash-chained audit trail in the same unit of work as the change it records. The
/// record takes its place in the chain when the unit of work is saved (<see cref="DealRoomsDbContext"/>).
/// </summary>
internal sealed class AuditTrail(DealRoomsDbContext db, ICurrentUser caller, TimeProvider clock)
{
    private static long _appended;

    public Task AppendAsync(Guid roomId, ActorKind actorKind, AuditAction action, string targetType, string? targetId, object? details, CancellationToken ct)
    {
        // Millisecond precision: what every provider stores exactly, so the hash recomputes after a round trip.
        var occurredAt = AuditChain.ToMilliseconds(clock.GetUtcNow());
        var ua = caller.UserAgentToStore();
        db.AuditRecords.Add(new AuditRecord
        {
            Id = Guid.CreateVersion7(),
            RoomId = roomId,
            AppendOrder = Interlocked.Increment(ref _appended),
            OccurredAt = occurredAt,
            ActorId = caller.Id,
            ActorKind = actorKind,
            Action = action.Name,
            TargetType = targetType,
            TargetId = targetId,
            IpAddress = caller.IpAddress,
            UserAgent = ua,
            Details = AuditChain.Canonical(details),
        });
        return Task.CompletedTask;
    }

    /// <summary>
    /// Appends what another module announced: the actor, their kind, address and browser come from the announcement
    /// (a message handler has no caller), and so does the record's id, which makes a second delivery of the same
    /// announcement collide instead of appending twice. Details are stored canonically: keys in ordinal order.
    /// </summary>
    public void AppendAnnounced(Guid id, Guid roomId, DateTimeOffset occurredAt, Guid? actorId, ActorKind actorKind, AuditAction action,
        string targetType, string? targetId, string? ipAddress, string? userAgent, IReadOnlyDictionary<string, string?> details) =>
        db.AuditRecords.Add(new AuditRecord
        {
            Id = id,
            RoomId = roomId,
            AppendOrder = Interlocked.Increment(ref _appended),
            OccurredAt = AuditChain.ToMilliseconds(occurredAt),
            ActorId = actorId,
            ActorKind = actorKind,
            Action = action.Name,
            TargetType = targetType,
            TargetId = targetId,
            IpAddress = ipAddress,
            UserAgent = userAgent is { Length: > CurrentUserExtensions.MaxStoredUserAgent } ua ? ua[..CurrentUserExtensions.MaxStoredUserAgent] : userAgent,
            Details = AuditChain.Canonical(new SortedDictionary<string, string?>(details.ToDictionary(d => d.Key, d => d.Value), StringComparer.Ordinal)),
        });

    /// <summary>Appends as whoever the caller is in the room (member, manager or support).</summary>
    public Task AppendAsync(RoomContext caller, AuditAction action, string targetType, string? targetId, object? details, CancellationToken ct) =>
        AppendAsync(caller.Room.Id, caller.ActorKind, action, targetType, targetId, details, ct);

    /// <summary>Support staff are on the record for everything they look at: their reads are recorded (and saved) at once; others' are not.</summary>
    public async Task RecordSupportReadAsync(RoomContext caller, AuditAction action, string targetType, string? targetId, CancellationToken ct)
    {
        if (!caller.IsSupport)
        {
            return;
        }

        await AppendAsync(caller, action, targetType, targetId, new { }, ct);
        await db.SaveChangesAsync(ct);
    }
}
