using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace SmartRoom.BuildingBlocks.Security;

/// <summary>
/// The request needs a signed-in caller in one of these platform roles. Superseded by endpoint policies
/// (<see cref="PlatformPolicies"/>): kept until every module has moved its role rules there.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresRoleAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}
