namespace SmartRoom.Modules.DealRooms.Domain;

internal static class RoomChain
{
    /// <summary>Verifies a room's whole chain with its head and every checkpoint issued for it (and <paramref name="extra"/>, if given).</summary>
    public static async Task<ChainVerification> VerifyAsync(DealRoomsDbContext db, AuditKeys keys, Guid roomId, CancellationToken ct,
        AuditCheckpoint? extra = null)
    {
        var head = await db.AuditChainHeads.AsNoTracking().FirstOrDefaultAsync(h => h.RoomId == roomId, ct);
        var checkpoints = await db.AuditCheckpoints.AsNoTracking().Where(c => c.RoomId == roomId).OrderBy(c => c.Seq).ToListAsync(ct);
        if (extra is not null)
        {
            checkpoints.Add(extra);
        }

        // Streamed: memory stays flat however long the trail is.
        var records = db.AuditRecords.AsNoTracking().Where(r => r.RoomId == roomId).OrderBy(r => r.Seq).AsAsyncEnumerable();
        return await AuditVerifier.VerifyAsync(records, head, checkpoints, keys, ct);
    }
}
