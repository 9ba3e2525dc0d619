namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>Limits of a draft, shared by writing one and replacing one.</summary>
internal static class PolicyDraftRules
{
    public const int MaxTextLength = 200_000;

    /// <summary>As stored (<c>PolicyVersions.Summary</c>).</summary>
    public const int MaxSummaryLength = 2000;
}
