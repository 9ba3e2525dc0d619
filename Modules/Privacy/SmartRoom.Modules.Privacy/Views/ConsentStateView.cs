namespace SmartRoom.Modules.Privacy.Views;

/// <summary>
/// Where one person stands with one purpose: <c>granted</c>, <c>withdrawn</c>, <c>needs-reconsent</c> (given to a
/// version older than the latest material one: no longer counts) or <c>not-asked</c>; the version they answered,
/// when and how, and the purpose's current version.
/// </summary>
internal sealed record ConsentStateView(
    string Purpose,
    string Title,
    string Audience,
    string State,
    int? VersionGiven,
    DateTimeOffset? DecidedAt,
    string? Method,
    int CurrentVersion);
