namespace SmartRoom.Modules.Privacy.Views;

/// <summary>
/// A published version as everyone may read it: the text (Markdown, with the generated data-map section), the
/// sanitised HTML, the text's SHA-256 (what an acceptance refers to), the summary of what changed, whether it is
/// material, when it takes effect ("updated on" is that day) and the diff to the version before it.
/// </summary>
internal sealed record PolicyVersionView(
    int Number,
    string Text,
    string Html,
    string TextHash,
    string Summary,
    bool Material,
    DateTimeOffset EffectiveAt,
    DateOnly UpdatedOn,
    DateTimeOffset PublishedAt,
    string Diff)
{
    /// <summary>The view of a published version.</summary>
    public static PolicyVersionView Of(PolicyVersion v) => new(
        v.Number!.Value, v.Text, v.Html, v.TextHash, v.Summary, v.Material, v.EffectiveAt,
        DateOnly.FromDateTime(v.EffectiveAt.UtcDateTime), v.PublishedAt!.Value, v.Diff);
}
