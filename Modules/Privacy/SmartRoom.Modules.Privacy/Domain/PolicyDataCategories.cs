using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>The personal data the policy slices keep, as the data map (and so the published policy) describes it.</summary>
internal static class PolicyDataCategories
{
    public const string Acceptances = "privacy.policy-acceptances";

    /// <summary>
    /// Kept while the account exists and for three years after it is closed: an acceptance is the proof that a
    /// person agreed to a version of the policy, which may be needed to answer a complaint or a claim about how
    /// their data was handled; three years is the general limitation period for such claims in many EU countries
    /// (e.g. Germany, §195 BGB). Operators may shorten or lengthen it in configuration.
    /// </summary>
    public const int ProofPeriodDays = 3 * 365;

    public static void Register(IServiceCollection services) =>
        services.AddSingleton(new DataCategory(
            Acceptances,
            "Privacy",
            "Privacy policy acceptances",
            "Which version of the privacy policy you accepted, when, from which IP address and browser, and the SHA-256 fingerprint of the text you accepted.",
            "To prove that you accepted the terms under which we process your data, and to ask you again when they change materially.",
            "Legal obligation (accountability, GDPR Art. 5(2) and 7(1)) and our legitimate interest in proving it (Art. 6(1)(f)).",
            "Nobody outside the operator; the operator's privacy officers.",
            new RetentionRule(ProofPeriodDays, "the account is closed")));
}
