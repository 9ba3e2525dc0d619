namespace SmartRoom.Modules.Privacy.Contracts;

/// <summary>
/// In-process question to Privacy (Wolverine's <c>InvokeAsync&lt;ConsentTextAnswer&gt;</c>): the text a person is
/// shown when asked for consent to <paramref name="Purpose"/> (one of <see cref="ConsentPurposes"/>), as it stands now.
/// </summary>
public sealed record GetConsentText(string Purpose);

/// <summary>
/// The current version of a purpose's consent text and its SHA-256 (lower-case hex of the UTF-8 text).
/// <paramref name="Found"/> is false (and the rest empty) for a purpose Privacy does not know.
/// </summary>
public sealed record ConsentTextAnswer(bool Found, string Purpose, int Version, string Title, string Text, string TextSha256);
