using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Identity.Domain;

/// <summary>The personal data Identity keeps, declared for Privacy's data map, retention schedule and policy text.</summary>
internal static class IdentityDataCategories
{
    public const string Module = "Identity";
    public const string Accounts = "identity.accounts";
    public const string SignInHistory = "identity.sign-in-history";
    public const string Sessions = "identity.sessions";
    public const string AdminAudit = "identity.admin-audit";

    /// <summary>Keys of this module's categories start with this: a sweep for any other key is not Identity's.</summary>
    public const string KeyPrefix = "identity.";

    public static void Register(IServiceCollection services)
    {
        services.AddSingleton(new DataCategory(
            Accounts, Module, "Accounts",
            "Email address, display name, optional postcode, password hash, two-factor settings, platform roles, email confirmation and lock-out state.",
            "To let you sign in and to reach you about your account.",
            "Contract", "No one outside SmartRoom's operators.",
            new RetentionRule(null, "while the account exists")));
        services.AddSingleton(new DataCategory(
            SignInHistory, Module, "Sign-in history",
            "Every sign-in attempt: time, outcome, the email typed, IP address and its network, browser and operating system.",
            "To protect accounts: show you where you signed in, and warn you of a sign-in from a new device.",
            "Legitimate interest (security)", "No one outside SmartRoom's operators.",
            new RetentionRule(90, "after the sign-in attempt")));
        services.AddSingleton(new DataCategory(
            Sessions, Module, "Sessions",
            "Each signed-in device: when it signed in and was last used, IP address and browser.",
            "To keep you signed in and to let you or an administrator end a session.",
            "Contract", "No one outside SmartRoom's operators.",
            new RetentionRule(null, "while the account exists")));
        services.AddSingleton(new DataCategory(
            AdminAudit, Module, "Administrative changes to accounts",
            "Who changed an account's roles, lock or two-factor requirement, when, from which IP address, and what changed.",
            "To account for administrators' actions.",
            "Legitimate interest (accountability)", "No one outside SmartRoom's operators.",
            new RetentionRule(null, "while the account exists")));
    }
}
