namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>
/// Verifies a room's chain: the records in seq order against each other and the head (<see cref="AuditChainWalk"/>),
/// then every stored checkpoint (signed) must still find its record at its seq with its hash.
/// </summary>
internal static class AuditVerifier
{
    public static async Task<ChainVerification> VerifyAsync(IAsyncEnumerable<AuditRecord> inSeqOrder, AuditChainHead? head,
        IReadOnlyCollection<AuditCheckpoint> checkpoints, AuditKeys keys, CancellationToken ct)
    {
        var log = new ChainProblemLog();
        var walk = new AuditChainWalk(keys, head, checkpoints.Select(c => c.Seq), log);
        await foreach (var record in inSeqOrder.WithCancellation(ct))
        {
            walk.Add(record);
        }

        walk.End();
        var checkpointsChecked = CheckCheckpoints(checkpoints, walk, keys, log);
        return log.Result(walk.Checked, head, walk.HeadAuthentic, checkpointsChecked);
    }

    /// <summary>Holds the walked chain to each stored checkpoint; answers how many carried a valid signature.</summary>
    private static int CheckCheckpoints(IEnumerable<AuditCheckpoint> checkpoints, AuditChainWalk walk, AuditKeys keys, ChainProblemLog log)
    {
        var checkpointsChecked = 0;
        var lastOrigin = walk.LastOrigin;
        foreach (var checkpoint in checkpoints)
        {
            if (!CheckpointSignatures.IsValid(checkpoint, keys))
            {
                log.Report(new ChainProblem(ChainProblemKinds.CheckpointInvalid, checkpoint.Seq));
                continue;
            }

            checkpointsChecked++;
            if (walk.TryGetHashAt(checkpoint.Seq, out var hash))
            {
                // null: an edited record at that place, reported already.
                if (hash is not null && hash != checkpoint.Hash)
                {
                    log.Report(new ChainProblem(ChainProblemKinds.Edited, checkpoint.Seq), checkpoint.Seq, null);
                }
            }
            else if (checkpoint.Seq > lastOrigin && !log.Covered(checkpoint.Seq))
            {
                log.Report(new ChainProblem(ChainProblemKinds.Truncated, lastOrigin + 1, Count: checkpoint.Seq - lastOrigin), lastOrigin + 1, null);
            }
            else if (!log.Covered(checkpoint.Seq))
            {
                log.Report(new ChainProblem(ChainProblemKinds.Deleted, checkpoint.Seq, Count: 1), checkpoint.Seq, null);
            }
        }

        return checkpointsChecked;
    }
}
