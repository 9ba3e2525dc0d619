using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>The personal data the breach register keeps, declared for the data map and the policy.</summary>
internal static class BreachDataCategories
{
    public const string RegisterKey = "privacy.breach-register";
    public const string AffectedKey = "privacy.breach-affected";

    /// <summary>Five years after closure: the register is the controller's proof of accountability (GDPR art. 33(5)).</summary>
    private static readonly RetentionRule KeptAfterClosure = new(5 * 365, "after the breach is closed");

    public static void Register(IServiceCollection services)
    {
        services.AddSingleton(new DataCategory(
            RegisterKey, "Privacy", "Breach register",
            "Each personal-data breach: when it was detected and known, what happened, the data and people concerned, " +
            "consequences, measures, the regulator notification, who recorded each change and when.",
            "Documenting breaches, notifying the supervisory authority within 72 hours and accounting for it.",
            "Legal obligation (GDPR art. 33(5))",
            "The privacy team; the supervisory authority when the breach is notified.",
            KeptAfterClosure));
        services.AddSingleton(new DataCategory(
            AffectedKey, "Privacy", "People affected by a breach",
            "Name and email of each person a breach affects, when they were selected, and the delivery of the notice sent to them.",
            "Telling affected people and the controllers of client rooms about a breach, and proving it was done.",
            "Legal obligation (GDPR art. 34)",
            "The privacy team; the email provider that delivers the notice.",
            KeptAfterClosure));
    }
}
