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

    public static readonly IReadOnlyList<string> Essential = [Security, Access, Legal];
    public static readonly IReadOnlyList<string> Optional = [AccountActivity, DealActivity, Messages];
    public static readonly IReadOnlyList<string> All = [.. Essential, .. Optional];

    public static bool IsEssential(string category) => Essential.Contains(category);
}

internal enum DeliveryMode
{
    Immediate,
    DailyDigest,
    Off,
}

/// <summary>A recipient's choice for one optional category (absent = immediate).</summary>
internal sealed class Preference
{
    public Guid UserId { get; init; }

    public required string Category { get; init; }

    public DeliveryMode Mode { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A notice in the recipient's in-app feed.</summary>
internal sealed class InAppNotification
{
    public Guid Id { get; init; }

    /// <summary>event × recipient × template: a redelivered event adds nothing.</summary>
    public required string DeduplicationKey { get; init; }

    public Guid UserId { get; init; }

    public required string Category { get; init; }

    public required string Title { get; init; }

    public required string Body { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ReadAt { get; set; }
}

/// <summary>A one-click unsubscribe link: single use, for one recipient and one category.</summary>
internal sealed class UnsubscribeLink
{
    public Guid Id { get; init; }

    /// <summary>SHA-256 of the token in the link; the token itself is never stored.</summary>
    public required string TokenHash { get; init; }

    public Guid UserId { get; init; }

    public required string Category { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? UsedAt { get; set; }
}

/// <summary>An address the mail server refused permanently: never tried again until an admin lifts it.</summary>
internal sealed class SuppressedAddress
{
    public required string Address { get; init; }

    public required string Reason { get; init; }

    public DateTimeOffset SuppressedAt { get; init; }
}

/// <summary>A notice waiting for the recipient's daily summary.</summary>
internal sealed class DigestItem
{
    public Guid Id { get; init; }

    public required string DeduplicationKey { get; init; }

    public Guid UserId { get; init; }

    public required string Email { get; init; }

    public required string DisplayName { get; init; }

    public required string Category { get; init; }

    public required string Title { get; init; }

    public required string Body { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? SentAt { get; set; }
}
