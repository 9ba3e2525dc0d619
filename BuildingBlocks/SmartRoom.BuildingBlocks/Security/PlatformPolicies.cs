using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace SmartRoom.BuildingBlocks.Security;

/// <summary>
/// Authorization policies every module may name on its endpoints (registered by Identity). A platform-role rule
/// is written one way: <c>.RequireAuthorization(PlatformPolicies.Admin)</c> on the endpoint or its group; each
/// policy is the default one (signed in, no two-factor set-up owed) plus the role.
/// </summary>
public static class PlatformPolicies
{
    public const string Admin = PlatformRoles.Admin;
    public const string Manager = PlatformRoles.Manager;

    /// <summary>Privacy officers, and Admins (who hold every privacy officer's rights).</summary>
    public const string PrivacyOfficer = PlatformRoles.PrivacyOfficer;

    public const string Marketing = PlatformRoles.Marketing;
}
