namespace SmartRoom.Modules.Privacy.Features.ListConsentPurposes;

/// <summary>
/// Every purpose SmartRoom asks consent for, in its current version (what a person agrees to and the text's
/// SHA-256), and the strictly necessary cookies, shown as such: they need no consent and cannot be refused.
/// </summary>
internal sealed record ListConsentPurposes : IQuery<Result<ConsentPurposeList>>;

internal sealed record ConsentPurposeList(IReadOnlyList<ConsentPurposeItem> Purposes);

/// <param name="Consentable">False for strictly necessary cookies: always on, nothing to choose.</param>
internal sealed record ConsentPurposeItem(
    string Key,
    int? Version,
    string Title,
    string Text,
    string? TextHash,
    bool Material,
    string Audience,
    bool Consentable,
    DateTimeOffset? PublishedAt);
