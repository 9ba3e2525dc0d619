namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// The state of one person's consent to one purpose, derived from their latest ledger record and the purpose's
/// latest material version: only <see cref="Granted"/> counts as consent.
/// </summary>
internal static class ConsentStates
{
    public const string Granted = "granted";
    public const string Withdrawn = "withdrawn";
    public const string NeedsReconsent = "needs-reconsent";
    public const string NotAsked = "not-asked";

    /// <param name="decision">The latest record's decision, null when the person was never asked.</param>
    /// <param name="versionGiven">The purpose version that record answered.</param>
    /// <param name="materialVersion">The purpose's latest material version: consent to anything older no longer counts.</param>
    public static string Derive(ConsentDecision? decision, int versionGiven, int materialVersion) => decision switch
    {
        null => NotAsked,
        ConsentDecision.Withdrawn => Withdrawn,
        _ when versionGiven < materialVersion => NeedsReconsent,
        _ => Granted,
    };

    /// <summary>A record's decision as the API writes it: <c>granted</c> or <c>withdrawn</c>.</summary>
    public static string Of(ConsentDecision decision) => decision == ConsentDecision.Granted ? Granted : Withdrawn;
}
