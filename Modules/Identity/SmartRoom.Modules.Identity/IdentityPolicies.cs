using Microsoft.AspNetCore.Authorization;

namespace SmartRoom.Modules.Identity;

/// <summary>
/// The default policy (plain <c>RequireAuthorization()</c>) needs a signed-in account that owes no
/// two-factor set-up (<see cref="TwoFactorSetupRequirement"/>, read from the account on each request); <see cref="AllowDuringTwoFactorSetup"/> is for the few account endpoints that must work
/// while it does; the <see cref="PlatformPolicies"/> add a platform role to the default.
/// </summary>
internal static class IdentityPolicies
{
    public const string AllowDuringTwoFactorSetup = "AllowDuringTwoFactorSetup";

    internal static void Configure(AuthorizationOptions options)
    {
        options.DefaultPolicy = new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new TwoFactorSetupRequirement())
            .Build();
        options.AddPolicy(AllowDuringTwoFactorSetup, p => p.RequireAuthenticatedUser());
        options.AddPolicy(PlatformPolicies.Admin, p => p.Combine(options.DefaultPolicy).RequireRole(PlatformRoles.Admin));
        options.AddPolicy(PlatformPolicies.Manager, p => p.Combine(options.DefaultPolicy).RequireRole(PlatformRoles.Manager));
        options.AddPolicy(PlatformPolicies.PrivacyOfficer, p => p.Combine(options.DefaultPolicy).RequireRole(PlatformRoles.PrivacyOfficer, PlatformRoles.Admin));
        options.AddPolicy(PlatformPolicies.Marketing, p => p.Combine(options.DefaultPolicy).RequireRole(PlatformRoles.Marketing));
    }
}
