namespace SmartRoom.Modules.Privacy.Views;

/// <summary>
/// A version as privacy officers manage it, draft or published: <see cref="Source"/> is the text as written
/// (with the data-map marker), <see cref="Text"/> the published text (empty for a draft).
/// </summary>
internal sealed record AdminPolicyVersionView(
    Guid Id,
    int? Number,
    string Status,
    string Source,
    string Text,
    string TextHash,
    string Summary,
    bool Material,
    DateTimeOffset EffectiveAt,
    DateTimeOffset CreatedAt,
    Guid? CreatedBy,
    DateTimeOffset? PublishedAt,
    Guid? PublishedBy)
{
    public const string Draft = "draft";
    public const string Published = "published";

    public static AdminPolicyVersionView Of(PolicyVersion v) => new(
        v.Id, v.Number, v.IsPublished ? Published : Draft, v.Source, v.Text, v.TextHash, v.Summary, v.Material, v.EffectiveAt,
        v.CreatedAt, v.CreatedBy, v.PublishedAt, v.PublishedBy);
}
