using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace SmartRoom.BuildingBlocks.Security;

/// <summary>The request needs a signed-in caller (checked by the pipeline, on top of the endpoint's policy).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresUserAttribute : Attribute;
