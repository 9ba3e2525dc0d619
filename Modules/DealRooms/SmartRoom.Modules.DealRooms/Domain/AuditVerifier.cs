using System.Security.Cryptography;

namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>What is wrong with a room's chain, and where.</summary>
internal static class ChainProblemKinds
{
    /// <summary>The record at <c>seq</c> is not what was written there (its fields or hash were changed, or it was forged in its place).</summary>
    public const string Edited = "edited";

    /// <summary>Records from <c>seq</c> (<c>count</c> of them) are missing from the middle of the chain.</summary>
    public const string Deleted = "deleted";

    /// <summary>The record at <c>seq</c> was never appended by SmartRoom: it sits between two records that were written one after the other.</summary>
    public const string Inserted = "inserted";

    /// <summary>The newest records, from <c>seq</c> (<c>count</c> of them), are missing: the head or a checkpoint reaches further than the chain.</summary>
    public const string Truncated = "truncated";

    /// <summary>The record at <c>seq</c> was written earlier in the chain than where it now sits.</summary>
    public const string Reordered = "reordered";

    /// <summary>The room has keyed records but no chain head.</summary>
    public const string HeadMissing = "head-missing";

    /// <summary>The chain head's MAC is wrong (or made with a master key this host does not have).</summary>
    public const string HeadInvalid = "head-invalid";

    /// <summary>The head and the end of the chain disagree although both are authentic (e.g. the head was rolled back behind newer records).</summary>
    public const string HeadMismatch = "head-mismatch";

    /// <summary>A stored checkpoint's signature is wrong: it was not issued by SmartRoom.</summary>
    public const string CheckpointInvalid = "checkpoint-invalid";
}

internal sealed record ChainProblem(string Kind, long Seq, Guid? Id = null, long? Count = null);

internal sealed record ChainHeadView(long Seq, string Hash);

/// <summary>
/// What <c>audit/verify</c> answers. <c>firstInvalidSeq</c>/<c>firstInvalidId</c>: the first stored record that is
/// wrong (edited, inserted, out of place, or the first one after missing records), or, when only the end is
/// missing, the first missing seq (and no id). <c>anchored</c>: the room has an authentic chain head.
/// </summary>
internal sealed record ChainVerification(
    bool Valid,
    long Checked,
    long? FirstInvalidSeq,
    Guid? FirstInvalidId,
    IReadOnlyList<ChainProblem> Problems,
    ChainHeadView? Head,
    bool Anchored,
    int CheckpointsChecked);

internal static class CheckpointSignatures
{
    /// <summary>Whether a checkpoint's signature is right under the signing key of the master key it names.</summary>
    public static bool IsValid(Guid roomId, long seq, string hash, DateTimeOffset issuedAt, string keyId, string signature, AuditKeys keys)
    {
        using var key = keys.SigningKey(keyId);
        if (key is null)
        {
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(signature);
        }
        catch (FormatException)
        {
            return false;
        }

        return key.VerifyData(AuditChain.CheckpointBytes(roomId, seq, hash, issuedAt, keyId), bytes, HashAlgorithmName.SHA256,
            DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }

    public static bool IsValid(AuditCheckpoint c, AuditKeys keys) => IsValid(c.RoomId, c.Seq, c.Hash, c.IssuedAt, c.KeyId, c.Signature, keys);

    public static string Sign(Guid roomId, long seq, string hash, DateTimeOffset issuedAt, string keyId, AuditKeys keys)
    {
        using var key = keys.SigningKey(keyId) ?? throw new InvalidOperationException($"No signing key for {keyId}.");
        return Convert.ToBase64String(key.SignData(AuditChain.CheckpointBytes(roomId, seq, hash, issuedAt, keyId), HashAlgorithmName.SHA256,
            DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
    }
}

/// <summary>
/// Walks a room's records in seq order. Each keyed record's MAC binds the seq it was written at and the hash
/// it chained from, so every record that authenticates says where it belongs (its origin, found by trying
/// its stored seq and nearby ones); the origins of the records that authenticate must run 1, 2, 3… Records
/// that authenticate nowhere fill the gaps they sit in (edited) or, where there is no gap, were slipped in
/// (inserted); gaps left over are deletions; origins that go back are reordering. The head (MAC'd, kept apart)
/// says where the chain ends: missing records before it are a truncation. Stored checkpoints (signed)
/// must still find their record at their seq with their hash.
/// </summary>
internal static class AuditVerifier
{
    private const int Window = 64;
    private const int MaxProblems = 1000;

    public static async Task<ChainVerification> VerifyAsync(IAsyncEnumerable<AuditRecord> inSeqOrder, AuditChainHead? head,
        IReadOnlyCollection<AuditCheckpoint> checkpoints, AuditKeys keys, CancellationToken ct)
    {
        var walk = new Walk(keys, head, checkpoints.Select(c => c.Seq));
        await foreach (var record in inSeqOrder.WithCancellation(ct))
        {
            walk.Add(record);
        }

        return walk.Finish(checkpoints);
    }

    private sealed class Walk
    {
        private readonly AuditKeys _keys;
        private readonly AuditChainHead? _head;
        private readonly bool _headAuthentic;
        private readonly long _legacyThrough;
        private readonly List<ChainProblem> _problems = [];
        private readonly HashSet<(string, long)> _reported = [];
        private readonly List<(long Seq, Guid Id)> _unverified = [];
        private readonly HashSet<long> _checkpointSeqs;

        // Origin seq → the hash of the authentic record written there, or null when that place holds an edited record.
        private readonly Dictionary<long, string?> _atCheckpointSeqs = [];
        private long _expected = 1;
        private string _previousHash = AuditChain.Genesis;
        private (long Seq, Guid Id)? _previous;
        private long _checked;
        private long _unverifiedTotal;
        private bool _anyKeyed;
        private long? _firstSeq;
        private Guid? _firstId;

        public Walk(AuditKeys keys, AuditChainHead? head, IEnumerable<long> checkpointSeqs)
        {
            _keys = keys;
            _head = head;
            _headAuthentic = head is not null && AuditChain.IsAuthentic(head, keys);
            if (head is not null && !_headAuthentic)
            {
                Report(new ChainProblem(ChainProblemKinds.HeadInvalid, head.Seq));
            }

            // Without an authentic head there is no bound on the plain-hashed prefix (then the head is reported).
            _legacyThrough = _headAuthentic ? head!.LegacyThroughSeq : long.MaxValue;
            _checkpointSeqs = checkpointSeqs.ToHashSet();
        }

        public void Add(AuditRecord r)
        {
            _checked++;
            _anyKeyed |= r.HashVersion != AuditChain.PlainSha256;
            if (OriginOf(r) is not { } origin)
            {
                _unverified.Add((r.Seq, r.Id));
                _unverifiedTotal++;
                Invalid(r.Seq, r.Id);
                return;
            }

            if (origin == _expected - 1 && r.Hash == _previousHash)
            {
                // The record just walked, once more: a copy slipped in.
                Report(new ChainProblem(ChainProblemKinds.Inserted, r.Seq, r.Id));
                Invalid(r.Seq, r.Id);
                return;
            }

            if (origin < _expected)
            {
                // Written earlier than the records already walked: moved. If its place was counted as deleted, it is not.
                Report(new ChainProblem(ChainProblemKinds.Reordered, r.Seq, r.Id));
                Invalid(r.Seq, r.Id);
                Unmiss(origin);
                if (_checkpointSeqs.Contains(origin))
                {
                    _atCheckpointSeqs[origin] = r.Hash;
                }

                return;
            }

            var slots = origin - _expected;
            var linked = slots == 0 && _unverified.Count == 0;
            Settle(slots, r.Seq, r.Id);
            if (linked && r.PrevHash != _previousHash)
            {
                // Both authentic and adjacent, yet not chained: what precedes is not what this record was written after.
                Report(new ChainProblem(ChainProblemKinds.Edited, _previous?.Seq ?? r.Seq, _previous?.Id ?? r.Id));
                Invalid(r.Seq, r.Id);
            }

            if (_checkpointSeqs.Contains(origin))
            {
                _atCheckpointSeqs[origin] = r.Hash;
            }

            _expected = origin + 1;
            _previousHash = r.Hash;
            _previous = (r.Seq, r.Id);
        }

        public ChainVerification Finish(IReadOnlyCollection<AuditCheckpoint> checkpoints)
        {
            var lastOrigin = _expected - 1;
            if (_headAuthentic)
            {
                var head = _head!;
                if (lastOrigin > head.Seq)
                {
                    Report(new ChainProblem(ChainProblemKinds.HeadMismatch, head.Seq));
                    Invalid(head.Seq + 1, null);
                    SettleTail(0);
                }
                else
                {
                    SettleTail(head.Seq - lastOrigin);
                    if (lastOrigin == head.Seq && _unverified.Count == 0 && _previousHash != head.Hash)
                    {
                        Report(new ChainProblem(ChainProblemKinds.HeadMismatch, head.Seq));
                        Invalid(head.Seq, _previous?.Id);
                    }
                }
            }
            else
            {
                SettleTail(_unverified.Count);
                if (_head is null && _anyKeyed)
                {
                    Report(new ChainProblem(ChainProblemKinds.HeadMissing, lastOrigin));
                    Invalid(lastOrigin + 1, null);
                }
            }

            var checkpointsChecked = 0;
            foreach (var checkpoint in checkpoints)
            {
                if (!CheckpointSignatures.IsValid(checkpoint, _keys))
                {
                    Report(new ChainProblem(ChainProblemKinds.CheckpointInvalid, checkpoint.Seq));
                    continue;
                }

                checkpointsChecked++;
                if (_atCheckpointSeqs.TryGetValue(checkpoint.Seq, out var hash))
                {
                    if (hash is not null && hash != checkpoint.Hash)
                    {
                        Report(new ChainProblem(ChainProblemKinds.Edited, checkpoint.Seq));
                        Invalid(checkpoint.Seq, null);
                    }

                    // null: an edited record at that place, reported already.
                }
                else if (checkpoint.Seq > lastOrigin && !Covered(checkpoint.Seq))
                {
                    Report(new ChainProblem(ChainProblemKinds.Truncated, lastOrigin + 1, Count: checkpoint.Seq - lastOrigin));
                    Invalid(lastOrigin + 1, null);
                }
                else if (!Covered(checkpoint.Seq))
                {
                    Report(new ChainProblem(ChainProblemKinds.Deleted, checkpoint.Seq, Count: 1));
                    Invalid(checkpoint.Seq, null);
                }
            }

            var valid = _problems.Count == 0;
            return new ChainVerification(valid, _checked, valid ? null : _firstSeq, valid ? null : _firstId, _problems,
                _head is null ? null : new ChainHeadView(_head.Seq, _head.Hash), _headAuthentic, checkpointsChecked);
        }

        /// <summary>Between the last authentic record and the next one lie <paramref name="slots"/> places and the unverified records.</summary>
        private void Settle(long slots, long nextSeq, Guid nextId)
        {
            var edited = (int)Math.Min(_unverified.Count, slots);
            for (var i = 0; i < _unverified.Count; i++)
            {
                var (seq, id) = _unverified[i];
                Report(new ChainProblem(i < edited ? ChainProblemKinds.Edited : ChainProblemKinds.Inserted, seq, id));
            }

            MarkCheckpointPlaces(_expected, edited, slots);
            var missing = slots - edited;
            if (missing > 0)
            {
                Report(new ChainProblem(ChainProblemKinds.Deleted, _expected + edited, Count: missing));
                Invalid(nextSeq, nextId);
            }

            _unverified.Clear();
        }

        private void SettleTail(long slots)
        {
            var edited = (int)Math.Min(_unverified.Count, slots);
            for (var i = 0; i < _unverified.Count; i++)
            {
                var (seq, id) = _unverified[i];
                Report(new ChainProblem(i < edited ? ChainProblemKinds.Edited : ChainProblemKinds.Inserted, seq, id));
            }

            MarkCheckpointPlaces(_expected, edited, slots);
            var missing = slots - edited;
            if (missing > 0)
            {
                Report(new ChainProblem(ChainProblemKinds.Truncated, _expected + edited, Count: missing));
                Invalid(_expected + edited, null);
            }

            _unverified.Clear();
        }

        private void MarkCheckpointPlaces(long from, int edited, long slots)
        {
            foreach (var seq in _checkpointSeqs)
            {
                if (seq >= from && seq < from + edited)
                {
                    _atCheckpointSeqs[seq] = null;
                }
            }
        }

        /// <summary>Whether a deletion or truncation already reported covers this origin seq.</summary>
        private bool Covered(long seq) =>
            _problems.Any(p => p.Kind is ChainProblemKinds.Deleted or ChainProblemKinds.Truncated && seq >= p.Seq && seq < p.Seq + (p.Count ?? 1));

        /// <summary>A record counted as deleted turned up later (reordered): take it out of its gap.</summary>
        private void Unmiss(long origin)
        {
            var index = _problems.FindIndex(p => p.Kind == ChainProblemKinds.Deleted && origin >= p.Seq && origin < p.Seq + (p.Count ?? 1));
            if (index < 0)
            {
                return;
            }

            var gap = _problems[index];
            if (gap.Count is null or <= 1)
            {
                _problems.RemoveAt(index);
                _reported.Remove((gap.Kind, gap.Seq));
            }
            else
            {
                _reported.Remove((gap.Kind, gap.Seq));
                var moved = origin == gap.Seq ? gap with { Seq = gap.Seq + 1, Count = gap.Count - 1 } : gap with { Count = gap.Count - 1 };
                _problems[index] = moved;
                _reported.Add((moved.Kind, moved.Seq));
            }
        }

        /// <summary>The seq the record was written at: its stored one, the one expected next, or one nearby; null if none.</summary>
        private long? OriginOf(AuditRecord r)
        {
            if (r.HashVersion == AuditChain.HmacSha256 && (r.KeyId is null || _keys.ChainKey(r.KeyId) is null))
            {
                return null;
            }

            if (Authentic(r, _expected))
            {
                return _expected;
            }

            if (r.Seq != _expected && Authentic(r, r.Seq))
            {
                return r.Seq;
            }

            if (_unverifiedTotal > 10_000)
            {
                return null; // a rewritten tail: do not search for every one of its records
            }

            for (var k = 1; k <= Window; k++)
            {
                foreach (var candidate in new[] { r.Seq + k, r.Seq - k })
                {
                    if (candidate >= 1 && candidate != _expected && Authentic(r, candidate))
                    {
                        return candidate;
                    }
                }
            }

            return null;
        }

        private bool Authentic(AuditRecord r, long seq) => AuditChain.Authenticates(r, seq, _keys, plainAllowed: seq <= _legacyThrough);

        private void Invalid(long seq, Guid? id)
        {
            if (_firstSeq is null)
            {
                _firstSeq = seq;
                _firstId = id;
            }
        }

        private void Report(ChainProblem problem)
        {
            if (_problems.Count < MaxProblems && _reported.Add((problem.Kind, problem.Seq)))
            {
                _problems.Add(problem);
            }
        }
    }
}
