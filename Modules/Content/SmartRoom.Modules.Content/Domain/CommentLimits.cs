using Microsoft.Extensions.Configuration;

namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// The comment spam defence's limits, from <c>SmartRoom:Content:Comments</c> (defaults here and in docs/content/comments.md).
/// Windows are sliding: a limit of 5 per 10 minutes counts the comments stored in the 10 minutes before now.
/// </summary>
internal sealed class CommentLimits
{
    public const string Section = "SmartRoom:Content:Comments";

    /// <summary>Comments one account may post in <see cref="AccountWindow"/>.</summary>
    public int PerAccount { get; init; } = 5;

    public TimeSpan AccountWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Comments one account may post in <see cref="AccountDailyWindow"/>.</summary>
    public int PerAccountDaily { get; init; } = 50;

    public TimeSpan AccountDailyWindow { get; init; } = TimeSpan.FromDays(1);

    /// <summary>Comments from one address (an IPv4 address or an IPv6 /64) in <see cref="AddressWindow"/>, whoever signs them.</summary>
    public int PerAddress { get; init; } = 10;

    public TimeSpan AddressWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>More links than this in one comment are refused; any link sends a comment to moderation.</summary>
    public int MaxLinks { get; init; } = 2;

    /// <summary>The same text (normalised) by the same account within this window is a duplicate.</summary>
    public TimeSpan OwnDuplicateWindow { get; init; } = TimeSpan.FromHours(24);

    /// <summary>The same text by anyone, <see cref="AnyoneDuplicates"/> times within this window, is a duplicate (the third is refused).</summary>
    public TimeSpan AnyoneDuplicateWindow { get; init; } = TimeSpan.FromHours(1);

    public int AnyoneDuplicates { get; init; } = 3;

    /// <summary>Open reports by distinct accounts that send a published comment back to moderation.</summary>
    public int ReportsToHold { get; init; } = 3;

    public static CommentLimits From(IConfiguration configuration)
    {
        var limits = configuration.GetSection(Section).Get<CommentLimits>() ?? new CommentLimits();
        int[] counts = [limits.PerAccount, limits.PerAccountDaily, limits.PerAddress, limits.AnyoneDuplicates, limits.ReportsToHold];
        TimeSpan[] windows = [limits.AccountWindow, limits.AccountDailyWindow, limits.AddressWindow, limits.OwnDuplicateWindow, limits.AnyoneDuplicateWindow];
        if (counts.Any(c => c < 1) || windows.Any(w => w <= TimeSpan.Zero) || limits.MaxLinks < 0)
        {
            throw new InvalidOperationException($"{Section}: limits must be at least 1, windows positive, MaxLinks 0 or more.");
        }

        return limits;
    }
}
