namespace SmartRoom.Modules.Privacy.Contracts;

/// <summary>The purposes people consent to (or not), by stable key.</summary>
public static class ConsentPurposes
{
    public const string MarketingEmail = "marketing-email";
    public const string ProductAnalytics = "product-analytics";
    public const string TestimonialPublication = "testimonial-publication";
    public const string AnalyticsCookies = "cookies-analytics";
    public const string MarketingCookies = "cookies-marketing";

    public static readonly IReadOnlyList<string> All =
        [MarketingEmail, ProductAnalytics, TestimonialPublication, AnalyticsCookies, MarketingCookies];
}
