namespace SmartRoom.Modules.Notifications.Domain;

/// <summary>
/// Notifications' own copy of one person's consent to marketing email, kept from Privacy's <c>ConsentChanged</c>
/// events (and set off at once by the unsubscribe link of a marketing email). The newest change wins: an older
/// event delivered late changes nothing.
/// </summary>
internal sealed class MarketingConsent
{
    public Guid UserId { get; init; }

    public string Email { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public bool Granted { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
