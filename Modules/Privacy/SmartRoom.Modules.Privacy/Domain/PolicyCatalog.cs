namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// The published versions (a handful of small rows), cached so that the acceptance gate costs no query when no
/// material version is in force, and one indexed query when one is. Publication invalidates it on this instance
/// (<see cref="Invalidate"/>); another instance re-reads within <see cref="MaxAge"/>. A load that raced with an
/// invalidation is not kept.
/// </summary>
internal sealed class PolicyCatalog(TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private Snapshot? _snapshot;
    private long _generation;

    public async Task<IReadOnlyList<PublishedPolicy>> PublishedAsync(PrivacyDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (Volatile.Read(ref _snapshot) is { } cached && now >= cached.LoadedAt && now - cached.LoadedAt < MaxAge)
        {
            return cached.Versions;
        }

        var generation = Interlocked.Read(ref _generation);
        var versions = await db.PolicyVersions.AsNoTracking()
            .Where(v => v.Number != null)
            .OrderBy(v => v.Number)
            .Select(v => new PublishedPolicy(v.Id, v.Number!.Value, v.Material, v.EffectiveAt, v.TextHash))
            .ToListAsync(ct);
        var loaded = new Snapshot(versions, now);
        if (Interlocked.Read(ref _generation) == generation)
        {
            Volatile.Write(ref _snapshot, loaded);
        }

        return versions;
    }

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        Volatile.Write(ref _snapshot, null);
    }

    /// <summary>The version in force at <paramref name="now"/>: the highest-numbered one whose effective date has come.</summary>
    public static PublishedPolicy? InForce(IReadOnlyList<PublishedPolicy> published, DateTimeOffset now) =>
        published.Where(v => v.EffectiveAt <= now).MaxBy(v => v.Number);

    /// <summary>The published version that takes effect later than <paramref name="now"/> and will replace the one in force.</summary>
    public static PublishedPolicy? Upcoming(IReadOnlyList<PublishedPolicy> published, DateTimeOffset now)
    {
        var current = InForce(published, now)?.Number ?? 0;
        return published.Where(v => v.EffectiveAt > now && v.Number > current).MaxBy(v => v.Number);
    }

    /// <summary>The latest material version in force: whoever has not accepted it (or a later one) must.</summary>
    public static PublishedPolicy? RequiredAcceptance(IReadOnlyList<PublishedPolicy> published, DateTimeOffset now) =>
        published.Where(v => v.Material && v.EffectiveAt <= now).MaxBy(v => v.Number);

    private sealed record Snapshot(IReadOnlyList<PublishedPolicy> Versions, DateTimeOffset LoadedAt);
}
