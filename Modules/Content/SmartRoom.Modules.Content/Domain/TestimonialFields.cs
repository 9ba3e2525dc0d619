namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// What a testimonial form sends besides its files: the texts (plain text, shown HTML-encoded wherever they appear),
/// what the consent allows to be shown, and the version of the consent text the person was shown.
/// </summary>
internal sealed record TestimonialFields(
    string? Quote, string? Name, string? Title, string? Company,
    bool ShowName, bool ShowCompany, bool ShowLogo, bool ShowPhoto, int? ConsentVersion);
