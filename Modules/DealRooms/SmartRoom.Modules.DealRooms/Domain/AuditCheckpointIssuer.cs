namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>
/// Issues signed checkpoints of a room's chain (its head: last seq and hash), after verifying the chain: a
/// chain that does not verify is never signed. Each checkpoint is stored, so later verifications compare
/// against it too; a room whose head has not moved since its latest checkpoint gets that checkpoint again.
/// </summary>
internal sealed class AuditCheckpointIssuer(DealRoomsDbContext db, AuditKeys keys, TimeProvider clock)
{
    public static readonly Error ChainInvalid = Error.Conflict("audit-chain-invalid",
        "The room's audit chain does not verify (see audit/verify): no checkpoint is signed for it.");

    public static readonly Error ChainMoving = Error.Conflict("audit-chain-moving",
        "The room's audit chain moved while the checkpoint was being signed: ask again.");

    public static readonly Error ChainEmpty = Error.Conflict("audit-chain-empty", "The room has no audit records yet.");

    public async Task<Result<AuditCheckpoint>> IssueAsync(Guid roomId, CancellationToken ct)
    {
        var latest = await db.AuditCheckpoints.AsNoTracking().Where(c => c.RoomId == roomId)
            .OrderByDescending(c => c.Seq).ThenByDescending(c => c.IssuedAt).FirstOrDefaultAsync(ct);
        var head = await db.AuditChainHeads.AsNoTracking().FirstOrDefaultAsync(h => h.RoomId == roomId, ct);
        if (latest is not null && head is not null && latest.Seq == head.Seq && latest.Hash == head.Hash && latest.KeyId == keys.ActiveKeyId)
        {
            return latest;
        }

        var verification = await RoomChain.VerifyAsync(db, keys, roomId, ct);
        if (!verification.Valid)
        {
            return ChainInvalid;
        }

        if (verification.Checked == 0)
        {
            return ChainEmpty;
        }

        if (head is null)
        {
            // A chain written before records were keyed, never appended to since: anchor it where it ends now.
            var last = await db.AuditRecords.AsNoTracking().Where(r => r.RoomId == roomId).OrderByDescending(r => r.Seq)
                .Select(r => new { r.Seq, r.Hash, r.OccurredAt }).FirstAsync(ct);
            head = new AuditChainHead { RoomId = roomId, Seq = last.Seq, Hash = last.Hash, LegacyThroughSeq = last.Seq, UpdatedAt = last.OccurredAt };
            AuditChain.Seal(head, keys);
            db.AuditChainHeads.Add(head);
        }

        var issuedAt = AuditChain.ToMilliseconds(clock.GetUtcNow());
        var checkpoint = new AuditCheckpoint
        {
            Id = Guid.CreateVersion7(),
            RoomId = roomId,
            Seq = head.Seq,
            Hash = head.Hash,
            IssuedAt = issuedAt,
            KeyId = keys.ActiveKeyId,
            Signature = CheckpointSignatures.Sign(roomId, head.Seq, head.Hash, issuedAt, keys.ActiveKeyId, keys),
        };
        db.AuditCheckpoints.Add(checkpoint);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (db.ChangeTracker.Entries<AuditChainHead>().Any(e => e.State == EntityState.Added))
        {
            // The room's first keyed append anchored the chain at the same moment: nothing is signed, ask again.
            db.ChangeTracker.Clear();
            return ChainMoving;
        }

        return checkpoint;
    }
}
