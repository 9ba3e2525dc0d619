namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>How a consent decision reached the ledger.</summary>
internal static class ConsentMethods
{
    /// <summary>The person's own call to <c>POST /api/me/consents</c>.</summary>
    public const string Api = "api";

    /// <summary>The cookie banner (<c>POST /api/privacy/cookie-consent</c>).</summary>
    public const string CookieBanner = "cookie-banner";

    /// <summary>The unsubscribe link of a marketing email.</summary>
    public const string EmailLink = "email-link";
}
