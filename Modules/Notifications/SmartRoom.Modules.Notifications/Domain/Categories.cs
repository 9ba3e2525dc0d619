namespace SmartRoom.Modules.Notifications.Domain;

/// <summary>
/// What a notice is about. Security, access and legal notices are essential: they cannot be switched off
/// or delayed. The others follow the recipient's preference.
/// </summary>
internal static class Categories
{
    public const string Security = "security";
    public const string Access = "access";
    public const string Legal = "legal";
    public const string AccountActivity = "account-activity";
    public const string DealActivity = "deal-activity";
    public const string Messages = "messages";

    /// <summary>Marketing announcements: sent only to people whose consent to marketing email counts now.</summary>
    public const string Marketing = "marketing";

    public static readonly IReadOnlyList<string> Essential = [Security, Access, Legal];
    public static readonly IReadOnlyList<string> Optional = [AccountActivity, DealActivity, Messages, Marketing];
    public static readonly IReadOnlyList<string> All = [.. Essential, .. Optional];

    /// <summary>
    /// Categories whose notices wait for the daily summary unless the person chose otherwise: messages come often.
    /// (Elsewhere a single kind of notice may ask for the summary by default, e.g. new documents.)
    /// </summary>
    public static readonly IReadOnlyList<string> SummaryByDefault = [Messages];

    public static bool IsEssential(string category) => Essential.Contains(category);

    /// <summary>How a category reaches someone who chose nothing for it.</summary>
    public static DeliveryMode Unset(string category) =>
        SummaryByDefault.Contains(category) ? DeliveryMode.DailyDigest : DeliveryMode.Immediate;
}
