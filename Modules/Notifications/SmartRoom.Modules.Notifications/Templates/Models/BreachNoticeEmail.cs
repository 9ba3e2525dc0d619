namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary>
/// <c>breach-notice</c>: a personal-data breach told in plain language, to a controller of the client room concerned
/// (<see cref="ToController"/>) or to a person it affects. The breach's details reach the recipient, not the delivery log.
/// </summary>
internal sealed record BreachNoticeEmail(
    string Reference,
    bool ToController,
    [property: Confidential] string Message,
    [property: Confidential] string Nature,
    [property: Confidential] string Categories,
    [property: Confidential] string Consequences,
    [property: Confidential] string Measures,
    string DpoContact) : EmailModel;
