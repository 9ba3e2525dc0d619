using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>The personal data the policy-change notices keep.</summary>
internal static class PolicyNoticeDataCategories
{
    public const string PolicyNotices = "privacy.policy-notices";

    public static void Register(IServiceCollection services) =>
        services.AddSingleton(new DataCategory(
            PolicyNotices,
            "Privacy",
            "Policy-change notices",
            "Who was sent which notice of a privacy-policy change, to which address and name, when, and whether it was delivered.",
            "To show that every active user was told of a material change before it took effect, and to follow up on those who could not be reached.",
            "Legal obligation (transparency about changes to the processing)",
            "Our email delivery service (the notice itself); no one else.",
            new RetentionRule(3 * 365, "after the notice was sent")));
}
