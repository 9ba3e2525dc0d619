using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace SmartRoom.BuildingBlocks.Security;

/// <summary>Who is asking, and from where. Outside an HTTP request (jobs, messages) nobody is.</summary>
public interface ICurrentUser
{
    Guid? Id { get; }

    bool IsAuthenticated { get; }

    /// <summary>The account's (confirmed) email address.</summary>
    string? Email { get; }

    string? DisplayName { get; }

    bool IsInRole(string role);

    string? IpAddress { get; }

    string? UserAgent { get; }
}

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public Guid? Id =>
        Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string? Email => Principal?.FindFirstValue(ClaimTypes.Email);

    public string? DisplayName => Principal?.FindFirstValue(SmartRoomClaims.DisplayName) ?? Email;

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;

    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public string? UserAgent => accessor.HttpContext?.Request.Headers.UserAgent.ToString() is { Length: > 0 } ua ? ua : null;
}

public static class CurrentUserExtensions
{
    /// <summary>The longest user agent records keep (the column size wherever one is stored).</summary>
    public const int MaxStoredUserAgent = 512;

    /// <summary>The caller's user agent as a record keeps it: cut to <see cref="MaxStoredUserAgent"/> characters.</summary>
    public static string? UserAgentToStore(this ICurrentUser caller) =>
        caller.UserAgent is { Length: > MaxStoredUserAgent } ua ? ua[..MaxStoredUserAgent] : caller.UserAgent;
}

/// <summary>Claims every module may read from a signed-in principal, beyond the standard ones.</summary>
public static class SmartRoomClaims
{
    public const string DisplayName = "sr:display-name";
}

/// <summary>Platform roles. Inside a room, the room's own roles decide.</summary>
public static class PlatformRoles
{
    public const string Admin = "Admin";
    public const string Support = "Support";
    public const string Marketing = "Marketing";
    public const string Manager = "Manager";

    public static readonly IReadOnlyList<string> All = [Admin, Support, Marketing, Manager];
}

/// <summary>
/// Authorization policies every module may name on its endpoints (registered by Identity). A platform-role rule
/// is written one way: <c>.RequireAuthorization(PlatformPolicies.Admin)</c> on the endpoint or its group; each
/// policy is the default one (signed in, no two-factor set-up owed) plus the role.
/// </summary>
public static class PlatformPolicies
{
    public const string Admin = PlatformRoles.Admin;
    public const string Manager = PlatformRoles.Manager;
}

/// <summary>The request needs a signed-in caller (checked by the pipeline, on top of the endpoint's policy).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresUserAttribute : Attribute;

/// <summary>
/// The request needs a signed-in caller in one of these platform roles. Superseded by endpoint policies
/// (<see cref="PlatformPolicies"/>): kept until every module has moved its role rules there.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresRoleAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}
