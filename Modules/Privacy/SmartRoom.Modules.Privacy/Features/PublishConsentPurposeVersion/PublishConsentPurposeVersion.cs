namespace SmartRoom.Modules.Privacy.Features.PublishConsentPurposeVersion;

/// <summary>
/// A privacy officer publishes a new version of a purpose's notice text. When <see cref="Material"/>, consent given
/// to any older version no longer counts: those people's state becomes <c>needs-reconsent</c> and every module
/// is told (one <c>ConsentChanged</c> per person, sent in batches through the outbox).
/// </summary>
[RequiresUser]
internal sealed record PublishConsentPurposeVersion(string Key, string Title, string Text, bool Material)
    : ICommand<Result<PublishedPurposeVersion>>;

/// <param name="NeedReconsent">People whose consent stopped counting (0 for a non-material version).</param>
internal sealed record PublishedPurposeVersion(
    string Key, int Version, string Title, string TextHash, bool Material, DateTimeOffset PublishedAt, int NeedReconsent);
