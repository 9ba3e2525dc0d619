namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>
/// The problems one verification finds: each kind at each seq once (at most <see cref="MaxProblems"/>), and the
/// first place found invalid (what <c>firstInvalidSeq</c>/<c>firstInvalidId</c> answer).
/// </summary>
internal sealed class ChainProblemLog
{
    private const int MaxProblems = 1000;

    private readonly List<ChainProblem> _problems = [];
    private readonly HashSet<(string, long)> _reported = [];
    private long? _firstSeq;
    private Guid? _firstId;

    public void Report(ChainProblem problem)
    {
        if (_problems.Count < MaxProblems && _reported.Add((problem.Kind, problem.Seq)))
        {
            _problems.Add(problem);
        }
    }

    /// <summary>Reports the problem and marks <paramref name="seq"/> (and <paramref name="id"/>, if known) invalid.</summary>
    public void Report(ChainProblem problem, long seq, Guid? id)
    {
        Report(problem);
        Invalid(seq, id);
    }

    public void Invalid(long seq, Guid? id)
    {
        if (_firstSeq is null)
        {
            _firstSeq = seq;
            _firstId = id;
        }
    }

    /// <summary>Whether a deletion or truncation already reported covers this origin seq.</summary>
    public bool Covered(long seq) =>
        _problems.Any(p => p.Kind is ChainProblemKinds.Deleted or ChainProblemKinds.Truncated && Spans(p, seq));

    /// <summary>A record counted as deleted turned up later (reordered): take it out of its gap.</summary>
    public void Unmiss(long origin)
    {
        var index = _problems.FindIndex(p => p.Kind == ChainProblemKinds.Deleted && Spans(p, origin));
        if (index < 0)
        {
            return;
        }

        var gap = _problems[index];
        _reported.Remove((gap.Kind, gap.Seq));
        if (gap.Count is null or <= 1)
        {
            _problems.RemoveAt(index);
            return;
        }

        var moved = origin == gap.Seq ? gap with { Seq = gap.Seq + 1, Count = gap.Count - 1 } : gap with { Count = gap.Count - 1 };
        _problems[index] = moved;
        _reported.Add((moved.Kind, moved.Seq));
    }

    public ChainVerification Result(long checkedCount, AuditChainHead? head, bool anchored, int checkpointsChecked)
    {
        var valid = _problems.Count == 0;
        return new ChainVerification(valid, checkedCount, valid ? null : _firstSeq, valid ? null : _firstId, _problems,
            head is null ? null : new ChainHeadView(head.Seq, head.Hash), anchored, checkpointsChecked);
    }

    private static bool Spans(ChainProblem p, long seq) => seq >= p.Seq && seq < p.Seq + (p.Count ?? 1);
}
