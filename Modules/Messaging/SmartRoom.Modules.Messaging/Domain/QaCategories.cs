namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>Q&amp;A categories as stored (one per line) and their limits.</summary>
internal static class QaCategories
{
    public const string Default = "General";

    public const int MaxCount = 50;

    public const int MaxLength = 100;

    public static IReadOnlyList<string> Parse(string stored) =>
        stored.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Join(IEnumerable<string> categories) => string.Join('\n', categories.Select(c => c.Trim()));

    /// <summary>The room's settings, or the defaults (not stored) when its managers never set them.</summary>
    public static async Task<QaSettings> SettingsAsync(MessagingDbContext db, Guid roomId, CancellationToken ct) =>
        await db.QaSettings.AsNoTracking().SingleOrDefaultAsync(s => s.RoomId == roomId, ct) ?? new QaSettings { RoomId = roomId };

    /// <summary>The room's category spelled as the caller wrote it (case-insensitive), or null.</summary>
    public static string? Match(QaSettings settings, string category) =>
        Parse(settings.Categories).FirstOrDefault(c => string.Equals(c, category.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Validator rules for a list of categories.</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> ValidCategories<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.NotNull().NotEmpty()
            .Must(c => c!.Count <= MaxCount).WithMessage($"At most {MaxCount} categories.")
            .Must(c => c!.All(x => !string.IsNullOrWhiteSpace(x) && x.Trim().Length <= MaxLength && !x.Contains('\n') && !x.Contains('\r')))
            .WithMessage($"Each category is a single line of 1 to {MaxLength} characters.")
            .Must(c => c!.Select(x => x.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() == c!.Count)
            .WithMessage("Categories must be distinct.");
}
