namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>What the register accepts in a breach's fields, shared by registering and updating a breach.</summary>
internal static class BreachRules
{
    public const int TextLength = 4000;
    public const int CategoryLength = 200;
    public const int MaxCategories = 50;
    public const int ContactLength = 500;
    public const int ReferenceLength = 200;

    public const string Controller = "controller";
    public const string Processor = "processor";

    public static readonly IReadOnlyList<string> Roles = [Controller, Processor];

    /// <summary>The earliest instant the register takes: earlier ones are typing mistakes.</summary>
    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public const string EarliestMessage = "Times before 2000 are not accepted.";

    /// <summary>Instants are kept in UTC, whatever offset the client wrote them with.</summary>
    public static DateTimeOffset? Utc(DateTimeOffset? at) => at?.ToUniversalTime();

    public static bool IsRole(string? role) => role is not null && Roles.Contains(role, StringComparer.Ordinal);

    public static bool AreCategories(IReadOnlyList<string>? categories) =>
        categories is { Count: > 0 and <= MaxCategories } &&
        categories.All(c => !string.IsNullOrWhiteSpace(c) && c.Length <= CategoryLength && !c.Contains('\n') && !c.Contains('\r'));

    public const string CategoriesMessage = "List 1 to 50 categories of data, each 1 to 200 characters on one line.";

    /// <summary>Categories as stored: trimmed, one per line, each once.</summary>
    public static string Join(IEnumerable<string> categories) =>
        string.Join('\n', categories.Select(c => c.Trim()).Distinct(StringComparer.Ordinal));

    /// <summary>The rules that tie fields together, on a breach's whole state; null when it holds.</summary>
    public static IReadOnlyDictionary<string, string[]>? Check(BreachEntry state, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (state.AwareAt < state.DetectedAt)
        {
            errors["awareAt"] = ["'awareAt' cannot be before 'detectedAt': awareness follows detection."];
        }

        if (state.DetectedAt > now || state.AwareAt > now)
        {
            errors[state.DetectedAt > now ? "detectedAt" : "awareAt"] = ["Times cannot be in the future."];
        }

        if (!state.Notifiable && string.IsNullOrWhiteSpace(state.NotNotifiableReason))
        {
            errors["notNotifiableReason"] = ["Say why a breach is not notifiable (e.g. unlikely to result in a risk to people's rights)."];
        }

        return errors.Count == 0 ? null : errors;
    }
}
