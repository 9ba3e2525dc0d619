using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SmartRoom.Modules.Identity.Bootstrap;

/// <summary><c>SmartRoom:Bootstrap:AdminEmail</c> / <c>AdminPassword</c>: the first administrator.</summary>
internal sealed class BootstrapOptions
{
    public const string Section = "SmartRoom:Bootstrap";

    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }
}
