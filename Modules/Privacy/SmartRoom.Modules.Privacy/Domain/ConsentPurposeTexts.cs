using System.Security.Cryptography;
using System.Text;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// The first version of every purpose, as SmartRoom ships it (operators publish later versions through the admin
/// API), and the strictly necessary cookies, which are shown but need no consent.
/// </summary>
internal static class ConsentPurposeTexts
{
    public const string NecessaryCookiesKey = "cookies-necessary";
    public const string NecessaryCookiesTitle = "Strictly necessary cookies";
    public const string NecessaryCookiesText =
        "Cookies SmartRoom cannot work without: the sign-in session, protection against cross-site request forgery, and the "
        + "cookie that remembers your cookie choices. They are always on and need no consent.";

    public static readonly IReadOnlyList<(string Key, string Title, string Text, ConsentAudience Audience)> FirstVersions =
    [
        (ConsentPurposes.MarketingEmail, "Marketing emails",
            "SmartRoom may email you about new features, events and offers, at the address of your account. You can withdraw "
            + "at any time in your settings or with the link in every such email.", ConsentAudience.Account),
        (ConsentPurposes.ProductAnalytics, "Product analytics",
            "SmartRoom may record which features you use and how (pages opened, actions taken, never the content of documents or "
            + "messages) to improve the product. The records are kept as aggregate statistics and never shared per person.", ConsentAudience.Account),
        (ConsentPurposes.TestimonialPublication, "Testimonial publication",
            "SmartRoom may publish a testimonial you gave, with your name and company, on its website and in its marketing "
            + "material. Withdrawing removes it from what we publish from then on.", ConsentAudience.Account),
        (ConsentPurposes.AnalyticsCookies, "Analytics cookies",
            "Cookies that count visits and measure how the website is used (pages, time spent, the browser), so that we can "
            + "improve it. Kept 13 months.", ConsentAudience.Visitor),
        (ConsentPurposes.MarketingCookies, "Marketing cookies",
            "Cookies that remember your visits to show you SmartRoom offers on other websites and measure our campaigns. "
            + "Kept 13 months.", ConsentAudience.Visitor),
    ];

    /// <summary>The cookie categories a visitor chooses, in the order of <c>choices</c>: analytics, marketing.</summary>
    public static readonly IReadOnlyList<string> CookiePurposes = [ConsentPurposes.AnalyticsCookies, ConsentPurposes.MarketingCookies];

    /// <summary>SHA-256 of a notice text, lower-case hex.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
