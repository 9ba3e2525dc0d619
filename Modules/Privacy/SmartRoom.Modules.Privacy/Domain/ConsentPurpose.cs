namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// One version of a purpose people consent to: the notice text they agree to and its SHA-256. Versions never
/// change once published; a new text is a new version. A <see cref="Material"/> version invalidates consents
/// given to older versions (they become <c>needs-reconsent</c>); a non-material one (a typo, a clearer word)
/// keeps them. Version 1 is what consent was first asked for, and counts as material.
/// </summary>
internal sealed class ConsentPurpose
{
    public Guid Id { get; init; }

    public required string Key { get; init; }

    public int Version { get; init; }

    public required string Title { get; init; }

    /// <summary>What the person agrees to, as shown to them.</summary>
    public required string Text { get; init; }

    /// <summary>SHA-256 of <see cref="Text"/> (lower-case hex); every record names the text it answered.</summary>
    public required string TextHash { get; init; }

    public bool Material { get; init; }

    public ConsentAudience Audience { get; init; }

    public DateTimeOffset PublishedAt { get; init; }

    public Guid? PublishedBy { get; init; }
}
