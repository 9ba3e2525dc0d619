namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// Ranks questions by how alike their title and text are to a probe (<see cref="TextSimilarity"/>): opens the
/// candidates' sealed texts with the room's key, scores them against each other only, and keeps the best above
/// <see cref="Threshold"/>. The caller decides which questions are candidates (what the asker may see; the whole
/// room for managers), so neither a score nor the list depends on a question outside that set.
/// </summary>
internal sealed class QuestionMatcher(RoomKeys keys)
{
    /// <summary>Below this cosine two questions are not taken for the same question.</summary>
    public const double Threshold = 0.3;

    /// <summary>At most this many questions are compared (the newest): bounds the work for very large rooms.</summary>
    public const int MaxCandidates = 5000;

    public async Task<IReadOnlyList<Match<T>>> RankAsync<T>(Guid roomId, string probe, IReadOnlyList<T> candidates,
        Func<T, (Guid Id, byte[] Title, byte[] Body)> texts, int take, CancellationToken ct)
    {
        var titles = new string[candidates.Count];
        var documents = new string[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var (id, title, body) = texts(candidates[i]);
            titles[i] = await keys.OpenAsync(roomId, id, SealedFields.Title, title, ct);
            documents[i] = titles[i] + "\n" + await keys.OpenAsync(roomId, id, SealedFields.Body, body, ct);
        }

        var scores = TextSimilarity.Score(probe, documents);
        return Enumerable.Range(0, candidates.Count)
            .Where(i => scores[i] >= Threshold)
            .OrderByDescending(i => scores[i])
            .Take(take)
            .Select(i => new Match<T>(candidates[i], titles[i], Math.Round(scores[i], 3)))
            .ToList();
    }

    /// <summary>A question close enough to the probe, with its opened title and its score (0–1, three decimals).</summary>
    internal sealed record Match<T>(T Question, string Title, double Score);
}
