using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace SmartRoom.BuildingBlocks.Security;

/// <summary>Platform roles. Inside a room, the room's own roles decide.</summary>
public static class PlatformRoles
{
    public const string Admin = "Admin";
    public const string Support = "Support";
    public const string Marketing = "Marketing";
    public const string Manager = "Manager";

    /// <summary>Runs the privacy register: policy versions, retention and legal holds, breaches. Admin implies it.</summary>
    public const string PrivacyOfficer = "PrivacyOfficer";

    public static readonly IReadOnlyList<string> All = [Admin, Support, Marketing, Manager, PrivacyOfficer];
}
