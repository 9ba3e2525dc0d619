using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// Reads and appends the consent ledger for one person. The state of each purpose is derived from the person's
/// latest record for it (<see cref="ConsentStates"/>); a decision is always a new record.
/// </summary>
internal static class ConsentLedger
{
    /// <summary>The person's latest record per purpose.</summary>
    public static async Task<Dictionary<string, ConsentRecord>> LatestAsync(PrivacyDbContext db, ConsentSubject subject, CancellationToken ct)
    {
        var records = await Of(db.ConsentRecords.AsNoTracking(), subject)
            .OrderByDescending(r => r.RecordedAt)
            .ToListAsync(ct);
        return records.GroupBy(r => r.Purpose, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public static IQueryable<ConsentRecord> Of(IQueryable<ConsentRecord> records, ConsentSubject subject) =>
        subject.UserId is { } user
            ? records.Where(r => r.UserId == user)
            : records.Where(r => r.VisitorId == subject.VisitorId);

    public static string StateOf(PurposeStanding purpose, ConsentRecord? latest) =>
        ConsentStates.Derive(latest?.Decision, latest?.PurposeVersion ?? 0, purpose.MaterialVersion);

    public static ConsentStateView View(PurposeStanding purpose, ConsentRecord? latest) => new(
        purpose.Key,
        purpose.Current.Title,
        Audience(purpose.Current.Audience),
        StateOf(purpose, latest),
        latest?.PurposeVersion,
        latest?.RecordedAt,
        latest?.Method,
        purpose.Current.Version);

    /// <summary>A new record answering the purpose's current version.</summary>
    public static ConsentRecord Append(
        PrivacyDbContext db, ConsentSubject subject, PurposeStanding purpose, bool granted, string method,
        DateTimeOffset at, string? ipAddress, string? userAgent, Guid? id = null)
    {
        var record = new ConsentRecord
        {
            Id = id ?? Guid.CreateVersion7(),
            UserId = subject.UserId,
            VisitorId = subject.VisitorId,
            Purpose = purpose.Key,
            PurposeVersion = purpose.Current.Version,
            Decision = granted ? ConsentDecision.Granted : ConsentDecision.Withdrawn,
            Method = method,
            NoticeTextHash = purpose.Current.TextHash,
            RecordedAt = at,
            IpNetwork = TruncatedAddress.From(ipAddress),
            UserAgent = userAgent is { Length: > CurrentUserExtensions.MaxStoredUserAgent } ua ? ua[..CurrentUserExtensions.MaxStoredUserAgent] : userAgent,
        };
        db.ConsentRecords.Add(record);
        return record;
    }

    public static string Audience(ConsentAudience audience) => audience switch
    {
        ConsentAudience.Account => "account",
        ConsentAudience.Visitor => "visitor",
        _ => "both",
    };

    /// <summary>A visitor's (or account's) cookie choices: on only where the latest record is a consent that counts.</summary>
    public static CookieConsentView CookieView(IReadOnlyList<PurposeStanding> purposes, IReadOnlyDictionary<string, ConsentRecord> latest)
    {
        var cookies = ConsentPurposeTexts.CookiePurposes
            .Select(key => (Purpose: purposes.Single(p => p.Key == key), Latest: latest.GetValueOrDefault(key)))
            .ToList();
        bool On(int i) => StateOf(cookies[i].Purpose, cookies[i].Latest) == ConsentStates.Granted;
        var decided = cookies.Select(c => c.Latest?.RecordedAt).Max();
        return new CookieConsentView(decided is not null, Necessary: true, On(0), On(1), decided);
    }

    /// <summary>
    /// Where the person's <c>ConsentChanged</c> events say to write to: Privacy's copy of the account, or the caller's own
    /// claims while the copy has not arrived yet (a brand-new account).
    /// </summary>
    public static async Task<(string? Email, string? DisplayName)> ContactAsync(PrivacyDbContext db, ICurrentUser caller, Guid userId, CancellationToken ct)
    {
        var person = await db.Subjects.AsNoTracking().Where(s => s.Id == userId)
            .Select(s => new { s.Email, s.DisplayName }).SingleOrDefaultAsync(ct);
        return person is { Email.Length: > 0 } ? (person.Email, person.DisplayName) : (caller.Email, caller.DisplayName);
    }
}
