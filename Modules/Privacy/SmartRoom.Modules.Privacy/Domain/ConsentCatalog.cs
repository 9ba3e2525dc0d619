using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>The purposes as they stand now, read from their versions (a handful of rows).</summary>
internal static class ConsentCatalog
{
    public static async Task<IReadOnlyList<PurposeStanding>> CurrentAsync(PrivacyDbContext db, CancellationToken ct)
    {
        var versions = await db.ConsentPurposes.AsNoTracking().ToListAsync(ct);
        return versions
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .Select(g => new PurposeStanding(
                g.MaxBy(p => p.Version)!,
                g.Where(p => p.Material || p.Version == 1).Max(p => p.Version)))
            .OrderBy(s => Order(s.Key))
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .ToList();
    }

    public static async Task<PurposeStanding?> FindAsync(PrivacyDbContext db, string key, CancellationToken ct) =>
        (await CurrentAsync(db, ct)).SingleOrDefault(s => s.Key == key);

    private static int Order(string key) =>
        ConsentPurposes.All.IndexOf(key) is var i and >= 0 ? i : int.MaxValue;

    private static int IndexOf(this IReadOnlyList<string> keys, string key)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i] == key)
            {
                return i;
            }
        }

        return -1;
    }
}
