namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>Limits of a draft, shared by writing one and replacing one, and how its times are kept.</summary>
internal static class PolicyDraftRules
{
    public const int MaxTextLength = 200_000;

    /// <summary>As stored (<c>PolicyVersions.Summary</c>).</summary>
    public const int MaxSummaryLength = 2000;

    /// <summary>A time in UTC to the millisecond, as every database keeps it: what is answered is what is stored.</summary>
    public static DateTimeOffset Stored(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMillisecond));
    }
}
