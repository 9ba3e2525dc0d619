namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// One version of the privacy policy. A draft may be edited; once published it never changes (a correction is
/// a new version). <see cref="Number"/> is given at publication (1, 2, …); the version in force is the latest
/// published one whose <see cref="EffectiveAt"/> has come. A <see cref="Material"/> version must be accepted
/// explicitly and is announced by email before it takes effect.
/// </summary>
internal sealed class PolicyVersion
{
    public Guid Id { get; init; }

    public int? Number { get; set; }

    /// <summary>The text as written (Markdown), with the generated "what we collect" section in place once published.</summary>
    public string Text { get; set; } = "";

    /// <summary>
    /// The text as its author wrote it, with the <c>&lt;!-- data-map --&gt;</c> marker line where the generated
    /// section goes: what an operator copies to write the next version.
    /// </summary>
    public string Source { get; set; } = "";

    /// <summary>The text rendered to HTML and sanitised.</summary>
    public string Html { get; set; } = "";

    /// <summary>SHA-256 of <see cref="Text"/> (hex), the text an acceptance refers to.</summary>
    public string TextHash { get; set; } = "";

    public string Summary { get; set; } = "";

    public bool Material { get; set; }

    public DateTimeOffset EffectiveAt { get; set; }

    /// <summary>Line diff (unified format) to the version published before it; empty for the first.</summary>
    public string Diff { get; set; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public Guid? CreatedBy { get; init; }

    public DateTimeOffset? PublishedAt { get; set; }

    public Guid? PublishedBy { get; set; }

    public bool IsPublished => PublishedAt is not null;
}
