using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>Privacy's own copy of accounts (<see cref="Subject"/>), declared like every other table of personal data.</summary>
internal static class AccountCopyDataCategories
{
    public const string AccountCopy = "privacy.account-copy";

    public static void Register(IServiceCollection services) =>
        services.AddSingleton(new DataCategory(
            AccountCopy, RetentionDataCategories.Module, "Contact copy for privacy notices",
            "Each account's email address, display name, platform roles and whether it is confirmed or locked, copied from the account.",
            "To send policy-change and breach notices and alerts to the right people, and to record consents against the account.",
            "Legal obligation (GDPR art. 12-14, 33-34) and the contract",
            "The email provider that delivers the notices.",
            new RetentionRule(null, "while the account exists")));
}
