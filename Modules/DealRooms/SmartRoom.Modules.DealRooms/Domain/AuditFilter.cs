namespace SmartRoom.Modules.DealRooms.Domain;

internal static class AuditFilter
{
    private static readonly string[] ActorKinds = Enum.GetNames<ActorKind>();

    /// <summary>The rules every filtered request states: a known actor kind, a short action, from ≤ to.</summary>
    public static void AddRules<T>(AbstractValidator<T> validator)
        where T : IAuditFilter
    {
        validator.RuleFor(x => x.Action).MaximumLength(60);
        validator.RuleFor(x => x.ActorKind)
            .Must(k => k is null || ActorKinds.Contains(k, StringComparer.OrdinalIgnoreCase))
            .WithMessage($"'Actor Kind' must be one of {string.Join(", ", ActorKinds)}.");
        validator.RuleFor(x => x.To)
            .Must((x, to) => x.From is null || to is null || x.From <= to)
            .WithMessage("'To' must not be before 'From'.");
    }

    /// <summary>The actor kind as the enum (the validator let only known names through).</summary>
    public static ActorKind? KindOf(IAuditFilter filter) =>
        filter.ActorKind is { Length: > 0 } kind ? Enum.Parse<ActorKind>(kind, ignoreCase: true) : null;

    public static IQueryable<AuditRecord> Apply(IQueryable<AuditRecord> records, IAuditFilter filter)
    {
        if (filter.ActorId is { } actor)
        {
            records = records.Where(r => r.ActorId == actor);
        }

        if (filter.Action is { Length: > 0 } action)
        {
            records = records.Where(r => r.Action == action);
        }

        if (filter.DocumentId is { } document)
        {
            // Records are written with the document's id in "D" form as their target.
            var target = document.ToString("D");
            records = records.Where(r => r.TargetType == "document" && r.TargetId == target);
        }

        if (KindOf(filter) is { } kind)
        {
            records = records.Where(r => r.ActorKind == kind);
        }

        // Compared in UTC: what every provider stores (PostgreSQL refuses other offsets, SQLite compares encoded values).
        if (filter.From is { } from)
        {
            var utc = from.ToUniversalTime();
            records = records.Where(r => r.OccurredAt >= utc);
        }

        if (filter.To is { } to)
        {
            var utc = to.ToUniversalTime();
            records = records.Where(r => r.OccurredAt < utc);
        }

        return records;
    }

    /// <summary>The filters as the export's own audit record states them.</summary>
    public static object Describe(IAuditFilter filter) => new
    {
        filter.ActorId,
        Action = filter.Action is { Length: > 0 } action ? action : null,
        filter.DocumentId,
        ActorKind = KindOf(filter)?.ToString(),
        From = filter.From?.ToUniversalTime(),
        To = filter.To?.ToUniversalTime(),
    };
}
