namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>Reads and appends to the breach register: a breach's current state is its latest entry.</summary>
internal static class BreachRegister
{
    /// <summary>The latest entry of every breach.</summary>
    public static IQueryable<BreachEntry> Current(PrivacyDbContext db) =>
        db.BreachEntries.Where(e => e.Seq == db.BreachEntries.Where(x => x.BreachId == e.BreachId).Max(x => x.Seq));

    public static Task<BreachEntry?> CurrentAsync(PrivacyDbContext db, Guid breachId, CancellationToken ct) =>
        db.BreachEntries.AsNoTracking().Where(e => e.BreachId == breachId).OrderByDescending(e => e.Seq).FirstOrDefaultAsync(ct);

    /// <summary>The error every breach slice answers for an unknown id.</summary>
    public static Error NotFound => Error.NotFound("breach");

    /// <summary>Two changes raced for the same place in the history: the later one is refused, nothing is written.</summary>
    public static Error Raced => Error.Conflict("breach-changed", "The breach changed while this change was being recorded; read it again and retry.");

    public static Error IsClosed => Error.Conflict("breach-closed", "The breach is closed; its record can no longer change.");

    /// <summary>A reference people can quote: the registration date and the end of the id.</summary>
    public static string NewReference(Guid id, DateTimeOffset at) =>
        $"BR-{at.UtcDateTime:yyyyMMdd}-{id.ToString("N")[^6..].ToUpperInvariant()}";

    /// <summary>The breach in the admin API, for links in emails.</summary>
    public static string Link(string publicBaseUrl, Guid breachId) =>
        $"{publicBaseUrl.TrimEnd('/')}/api/admin/privacy/breaches/{breachId}";
}
