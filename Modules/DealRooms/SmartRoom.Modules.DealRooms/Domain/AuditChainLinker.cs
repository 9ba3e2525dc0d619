namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>Puts new audit records at the end of their rooms' chains as the unit of work that holds them is saved.</summary>
internal static class AuditChainLinker
{
    /// <summary>
    /// Gives records about to be inserted their place at the end of their rooms' chains (seq, previous hash,
    /// keyed hash) and moves each room's head to the last of them. The place follows the head, or the last
    /// stored record if that is further on: records deleted from the end stay missing behind the head (and
    /// verification says so) instead of being silently replaced. Run again after a concurrent writer took the
    /// same place: the head is re-read each time.
    /// </summary>
    public static async Task LinkAsync(DbContext db, IReadOnlyList<AuditRecord> pending, AuditKeys keys, CancellationToken ct)
    {
        var heads = db.Set<AuditChainHead>();
        var stored = db.Set<AuditRecord>().AsNoTracking();
        foreach (var room in pending.GroupBy(r => r.RoomId))
        {
            foreach (var tracked in db.ChangeTracker.Entries<AuditChainHead>().Where(e => e.Entity.RoomId == room.Key).ToList())
            {
                tracked.State = EntityState.Detached;
            }

            var head = await heads.FirstOrDefaultAsync(h => h.RoomId == room.Key, ct);
            var last = await stored.Where(r => r.RoomId == room.Key).OrderByDescending(r => r.Seq)
                .Select(r => new { r.Seq, r.Hash }).FirstOrDefaultAsync(ct);
            long seq;
            string previous;
            if (head is not null && (last is null || head.Seq >= last.Seq))
            {
                (seq, previous) = (head.Seq, head.Hash);
            }
            else
            {
                (seq, previous) = (last?.Seq ?? 0, last?.Hash ?? AuditChain.Genesis);
            }

            if (head is null)
            {
                // First keyed append of the room: records so far (if any) were hashed without a key; they stay
                // as they are, and only they may keep a plain hash.
                head = new AuditChainHead { RoomId = room.Key, LegacyThroughSeq = await LegacyThroughAsync(stored, room.Key, seq, ct) };
                heads.Add(head);
            }

            foreach (var record in room.OrderBy(r => r.AppendOrder))
            {
                record.Seq = ++seq;
                record.PrevHash = previous;
                record.HashVersion = AuditChain.HmacSha256;
                record.KeyId = keys.ActiveKeyId;
                record.Hash = AuditChain.KeyedHashOf(keys.ChainKey(record.KeyId)!, record);
                previous = record.Hash;
                head.UpdatedAt = record.OccurredAt;
            }

            head.Seq = seq;
            head.Hash = previous;
            AuditChain.Seal(head, keys);
        }
    }

    /// <summary>A room's head written for the first time: the seq up to which its records carry plain hashes.</summary>
    private static async Task<long> LegacyThroughAsync(IQueryable<AuditRecord> stored, Guid roomId, long lastSeq, CancellationToken ct)
    {
        var firstKeyed = await stored.Where(r => r.RoomId == roomId && r.HashVersion != AuditChain.PlainSha256).MinAsync(r => (long?)r.Seq, ct);
        if (firstKeyed is not null)
        {
            return firstKeyed.Value - 1;
        }

        return await stored.AnyAsync(r => r.RoomId == roomId && r.HashVersion == AuditChain.PlainSha256, ct) ? lastSeq : 0;
    }
}
