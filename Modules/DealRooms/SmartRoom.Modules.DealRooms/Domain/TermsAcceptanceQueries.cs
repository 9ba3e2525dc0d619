namespace SmartRoom.Modules.DealRooms.Domain;

internal static class TermsAcceptanceQueries
{
    /// <summary>When the member last accepted this exact text of the room's terms (null: never).</summary>
    public static Task<DateTimeOffset?> AcceptedAtAsync(this IQueryable<TermsAcceptance> acceptances, Guid roomId, Guid userId, string termsHash, CancellationToken ct) =>
        acceptances.AsNoTracking()
            .Where(t => t.RoomId == roomId && t.UserId == userId && t.TermsHash == termsHash)
            .OrderByDescending(t => t.AcceptedAt).Select(t => (DateTimeOffset?)t.AcceptedAt).FirstOrDefaultAsync(ct);
}
