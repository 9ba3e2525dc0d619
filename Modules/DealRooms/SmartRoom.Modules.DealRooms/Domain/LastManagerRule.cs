namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>
/// A room always keeps a manager who can act: an active one whose access does not expire. The last such
/// manager cannot be removed, demoted or given an access expiry (409 <c>last-manager</c>).
/// </summary>
internal static class LastManagerRule
{
    public static readonly Error Refusal = Error.Conflict("last-manager",
        "A room keeps at least one active manager whose access does not expire; make someone else such a manager first.");

    /// <summary>Whether someone other than <paramref name="userId"/> is an active manager without an access expiry.</summary>
    public static Task<bool> AnotherManagerStaysAsync(DealRoomsDbContext db, Guid roomId, Guid userId, DateTimeOffset now, CancellationToken ct) =>
        db.Members.Where(Member.ActiveAt(now))
            .AnyAsync(m => m.RoomId == roomId && m.UserId != userId && m.Role == RoomRole.Manager && m.AccessExpiresAt == null, ct);
}
