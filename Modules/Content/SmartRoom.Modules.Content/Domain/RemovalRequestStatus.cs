namespace SmartRoom.Modules.Content.Domain;

/// <summary>What the moderation list filters removal requests by (<c>?status=open|decided</c>).</summary>
internal static class RemovalRequestStatus
{
    public const string Open = "open";
    public const string Decided = "decided";

    public static readonly IReadOnlyList<string> All = [Open, Decided];
}
