namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>
/// Walks a room's records in seq order. Each keyed record's MAC binds the seq it was written at and the hash
/// it chained from, so every record that authenticates says where it belongs (its origin, found by trying
/// its stored seq and nearby ones); the origins of the records that authenticate must run 1, 2, 3… Records
/// that authenticate nowhere fill the gaps they sit in (edited) or, where there is no gap, were slipped in
/// (inserted); gaps left over are deletions; origins that go back are reordering. The head (MAC'd, kept apart)
/// says where the chain ends: missing records before it are a truncation.
/// </summary>
internal sealed class AuditChainWalk
{
    private const int Window = 64;

    private readonly AuditKeys _keys;
    private readonly AuditChainHead? _head;
    private readonly long _legacyThrough;
    private readonly ChainProblemLog _log;
    private readonly List<(long Seq, Guid Id)> _unverified = [];
    private readonly HashSet<long> _checkpointSeqs;

    // Origin seq → the hash of the authentic record written there, or null when that place holds an edited record.
    private readonly Dictionary<long, string?> _atCheckpointSeqs = [];
    private long _expected = 1;
    private string _previousHash = AuditChain.Genesis;
    private (long Seq, Guid Id)? _previous;
    private long _unverifiedTotal;
    private bool _anyKeyed;

    public AuditChainWalk(AuditKeys keys, AuditChainHead? head, IEnumerable<long> checkpointSeqs, ChainProblemLog log)
    {
        _keys = keys;
        _head = head;
        _log = log;
        HeadAuthentic = head is not null && AuditChain.IsAuthentic(head, keys);
        if (head is not null && !HeadAuthentic)
        {
            log.Report(new ChainProblem(ChainProblemKinds.HeadInvalid, head.Seq));
        }

        // Without an authentic head there is no bound on the plain-hashed prefix (then the head is reported).
        _legacyThrough = HeadAuthentic ? head!.LegacyThroughSeq : long.MaxValue;
        _checkpointSeqs = checkpointSeqs.ToHashSet();
    }

    /// <summary>The room has a chain head with a right MAC.</summary>
    public bool HeadAuthentic { get; }

    public long Checked { get; private set; }

    /// <summary>The origin of the last authentic record walked (0 before any).</summary>
    public long LastOrigin => _expected - 1;

    /// <summary>What stands at a checkpoint's seq: the authentic record's hash, or null for an edited record there.</summary>
    public bool TryGetHashAt(long seq, out string? hash) => _atCheckpointSeqs.TryGetValue(seq, out hash);

    public void Add(AuditRecord r)
    {
        Checked++;
        _anyKeyed |= r.HashVersion != AuditChain.PlainSha256;
        if (OriginOf(r) is not { } origin)
        {
            _unverified.Add((r.Seq, r.Id));
            _unverifiedTotal++;
            _log.Invalid(r.Seq, r.Id);
            return;
        }

        if (origin == _expected - 1 && r.Hash == _previousHash)
        {
            // The record just walked, once more: a copy slipped in.
            _log.Report(new ChainProblem(ChainProblemKinds.Inserted, r.Seq, r.Id), r.Seq, r.Id);
            return;
        }

        if (origin < _expected)
        {
            // Written earlier than the records already walked: moved. If its place was counted as deleted, it is not.
            _log.Report(new ChainProblem(ChainProblemKinds.Reordered, r.Seq, r.Id), r.Seq, r.Id);
            _log.Unmiss(origin);
            Remember(origin, r.Hash);
            return;
        }

        var slots = origin - _expected;
        var linked = slots == 0 && _unverified.Count == 0;
        Settle(slots, ChainProblemKinds.Deleted, r.Seq, r.Id);
        if (linked && r.PrevHash != _previousHash)
        {
            // Both authentic and adjacent, yet not chained: what precedes is not what this record was written after.
            _log.Report(new ChainProblem(ChainProblemKinds.Edited, _previous?.Seq ?? r.Seq, _previous?.Id ?? r.Id));
            _log.Invalid(r.Seq, r.Id);
        }

        Remember(origin, r.Hash);
        _expected = origin + 1;
        _previousHash = r.Hash;
        _previous = (r.Seq, r.Id);
    }

    /// <summary>After the last record: where the chain ends against where the head says it ends.</summary>
    public void End()
    {
        var lastOrigin = LastOrigin;
        if (!HeadAuthentic)
        {
            Settle(_unverified.Count, ChainProblemKinds.Truncated);
            if (_head is null && _anyKeyed)
            {
                _log.Report(new ChainProblem(ChainProblemKinds.HeadMissing, lastOrigin), lastOrigin + 1, null);
            }

            return;
        }

        var head = _head!;
        if (lastOrigin > head.Seq)
        {
            _log.Report(new ChainProblem(ChainProblemKinds.HeadMismatch, head.Seq), head.Seq + 1, null);
            Settle(0, ChainProblemKinds.Truncated);
            return;
        }

        Settle(head.Seq - lastOrigin, ChainProblemKinds.Truncated);
        if (lastOrigin == head.Seq && _unverified.Count == 0 && _previousHash != head.Hash)
        {
            _log.Report(new ChainProblem(ChainProblemKinds.HeadMismatch, head.Seq), head.Seq, _previous?.Id);
        }
    }

    /// <summary>
    /// Between the last authentic record and the next one (or the end) lie <paramref name="slots"/> places and
    /// the unverified records: these fill the places (edited), any beyond them were inserted, and places left
    /// empty are <paramref name="missingKind"/> (deleted, or truncated at the end).
    /// </summary>
    private void Settle(long slots, string missingKind, long? nextSeq = null, Guid? nextId = null)
    {
        var edited = (int)Math.Min(_unverified.Count, slots);
        for (var i = 0; i < _unverified.Count; i++)
        {
            var (seq, id) = _unverified[i];
            _log.Report(new ChainProblem(i < edited ? ChainProblemKinds.Edited : ChainProblemKinds.Inserted, seq, id));
        }

        foreach (var seq in _checkpointSeqs.Where(s => s >= _expected && s < _expected + edited))
        {
            _atCheckpointSeqs[seq] = null;
        }

        var missing = slots - edited;
        if (missing > 0)
        {
            _log.Report(new ChainProblem(missingKind, _expected + edited, Count: missing), nextSeq ?? _expected + edited, nextId);
        }

        _unverified.Clear();
    }

    private void Remember(long origin, string hash)
    {
        if (_checkpointSeqs.Contains(origin))
        {
            _atCheckpointSeqs[origin] = hash;
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
}
