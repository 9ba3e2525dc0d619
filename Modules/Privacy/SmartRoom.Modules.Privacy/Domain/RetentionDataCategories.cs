using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>The personal data the retention part of Privacy keeps, declared like every module's.</summary>
internal static class RetentionDataCategories
{
    public const string Module = "Privacy";
    public const string LegalHolds = "privacy.legal-holds";

    public static void Register(IServiceCollection services) =>
        services.AddSingleton(new DataCategory(
            LegalHolds, Module, "Legal holds",
            "Legal holds on a person's data: whose, why, who authorised it, who placed and released it, and when.",
            "To keep data a legal claim or an authority requires, and to account for it.",
            "Legal obligation", "Authorities or courts that required the hold.",
            new RetentionRule(null, "kept as the record of the hold, also after its release")));
}
