using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Notifications.Domain;

/// <summary>The personal data Notifications keeps to send marketing email only to those who agreed.</summary>
internal static class MarketingDataCategories
{
    public const string MarketingAudience = "notifications.marketing-audience";

    public static void Register(IServiceCollection services) =>
        services.AddSingleton(new DataCategory(
            MarketingAudience,
            "Notifications",
            "Marketing audience",
            "For each account that answered the question about marketing email: the email address, the display name, "
            + "whether marketing email may be sent now and when that last changed (a copy of the consent ledger).",
            "To send marketing announcements only to people who agreed, and to stop at once when they withdraw.",
            "Consent (GDPR Art. 6(1)(a)); after a withdrawal, legitimate interest in not writing again.",
            "The email provider that delivers announcements (only for people who agreed).",
            new RetentionRule(null, "the account is deleted")));
}
