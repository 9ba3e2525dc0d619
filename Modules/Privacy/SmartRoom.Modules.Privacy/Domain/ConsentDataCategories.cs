using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>The personal data the consent ledger keeps, as the data map and the published policy describe it.</summary>
internal static class ConsentDataCategories
{
    public const string ConsentRecords = "privacy.consent-records";
    public const string VisitorConsents = "privacy.visitor-consents";

    public static void Register(IServiceCollection services)
    {
        services.AddSingleton(new DataCategory(
            ConsentRecords,
            "Privacy",
            "Consent records",
            "Each consent an account holder gave or withdrew: the purpose and the version of its text (with the text's fingerprint), "
            + "the decision, how it was made (settings, cookie banner, email link), when, the network of the address (IPv4 /24, IPv6 /48) and the browser.",
            "To honour each person's choices and to prove what they agreed to and when.",
            "Legal obligation: a controller must be able to show that consent was given (GDPR Art. 7(1)).",
            "Nobody outside the operator of this SmartRoom; the other modules learn only the current state of a consent.",
            new RetentionRule(3 * 365, "the consent is withdrawn, or the account is deleted (kept as proof for the account's life)")));
        services.AddSingleton(new DataCategory(
            VisitorConsents,
            "Privacy",
            "Cookie choices of visitors",
            "The cookie choices of a visitor who is not signed in, under a random id kept in a cookie: analytics and marketing "
            + "cookies on or off, when, the network of the address (IPv4 /24, IPv6 /48) and the browser.",
            "To respect a visitor's cookie choices and to prove them.",
            "Legal obligation: proof of consent to non-essential cookies (ePrivacy rules, GDPR Art. 7(1)).",
            "Nobody outside the operator of this SmartRoom.",
            new RetentionRule(396, "the choice (13 months)")));
    }
}
