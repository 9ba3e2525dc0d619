namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>Who must consent again after a material change, read set-based from the ledger.</summary>
internal static class ReconsentQueries
{
    /// <summary>
    /// Each account's latest record for <paramref name="purpose"/> where it is a consent that counted until now (given
    /// to version <paramref name="countedFrom"/> or later) and answered a version older than <paramref name="newVersion"/>.
    /// </summary>
    public static IQueryable<ConsentRecord> Affected(PrivacyDbContext db, string purpose, int countedFrom, int newVersion) =>
        db.ConsentRecords.AsNoTracking()
            .Where(r => r.Purpose == purpose && r.UserId != null && r.Decision == ConsentDecision.Granted
                && r.PurposeVersion >= countedFrom && r.PurposeVersion < newVersion)
            .Where(r => !db.ConsentRecords.Any(n => n.UserId == r.UserId && n.Purpose == purpose && n.RecordedAt > r.RecordedAt));
}
