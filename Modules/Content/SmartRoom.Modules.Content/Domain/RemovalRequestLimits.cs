namespace SmartRoom.Modules.Content.Domain;

/// <summary>How long the texts of a removal request may be.</summary>
internal static class RemovalRequestLimits
{
    public const int Reason = 4000;

    public const int Name = 200;

    /// <summary>The moderation record keeps a reason up to this long; a longer decision reason is shortened there (the request keeps it whole).</summary>
    public const int RecordedReason = 2000;

    public static string ForRecord(string reason) =>
        reason.Length <= RecordedReason ? reason : string.Concat(reason.AsSpan(0, RecordedReason - 1), "…");
}
