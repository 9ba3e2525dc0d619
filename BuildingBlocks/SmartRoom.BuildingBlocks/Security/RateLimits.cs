using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using SmartRoom.BuildingBlocks.Errors;

namespace SmartRoom.BuildingBlocks.Security;

/// <summary>
/// Fixed-window limits per client (an IPv4 address or an IPv6 /64, see <see cref="ClientNetwork.PartitionKey"/>)
/// on the doors attackers knock on. Limits are configurable under
/// <c>SmartRoom:RateLimits:&lt;Policy&gt;:PermitLimit</c> / <c>Window</c>. Behind a proxy, list it under
/// <c>SmartRoom:ForwardedHeaders</c> so the client address is the real one.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Registration = "registration";
    public const string PasswordReset = "password-reset";
    public const string CookieConsent = "cookie-consent";

    /// <summary>Content's public forms (a removal request).</summary>
    public const string ContentForms = "content-forms";

    private static readonly (string Name, int Permits, TimeSpan Window)[] Defaults =
    [
        (SignIn, 10, TimeSpan.FromMinutes(1)),
        (Registration, 5, TimeSpan.FromMinutes(1)),
        (PasswordReset, 5, TimeSpan.FromMinutes(15)),
        (CookieConsent, 30, TimeSpan.FromMinutes(1)),
        (ContentForms, 10, TimeSpan.FromMinutes(10)),
    ];

    public static IServiceCollection AddSmartRoomRateLimits(this IServiceCollection services, IConfiguration configuration) =>
        services.AddRateLimiter(options =>
        {
            foreach (var (name, permits, window) in Defaults)
            {
                var section = configuration.GetSection($"SmartRoom:RateLimits:{name}");
                var limit = section.GetValue("PermitLimit", permits);
                var span = section.GetValue("Window", window);
                options.AddPolicy(name, http => RateLimitPartition.GetFixedWindowLimiter(
                    ClientNetwork.PartitionKey(http.Connection.RemoteIpAddress),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = span, QueueLimit = 0 }));
            }

            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await new Error(ErrorKind.TooManyRequests, "too-many-requests", $"Too many attempts from your address. Try again in {seconds} seconds.")
                    .ToProblem().ExecuteAsync(http);
            };
        });
}
