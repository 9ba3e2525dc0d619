using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// While a material version of the policy waits for a signed-in person's acceptance, the API lets them only read
/// the policy, accept it, read their account and sign out (endpoints marked
/// <see cref="AllowBeforePolicyAcceptanceAttribute"/>, and public ones). Any other API request answers 403
/// <c>policy-acceptance-required</c> with a link to the policy. Runs after authorization, so a caller who may not
/// use an endpoint at all still gets that answer; costs no query while no material version is in force and one
/// indexed query while one is (<see cref="PolicyStandings.MustAcceptAsync"/>).
/// </summary>
internal static class PolicyAcceptanceGate
{
    public const string Code = "policy-acceptance-required";
    public const string PolicyPath = "/api/privacy/policy";
    public const string AcceptPath = "/api/me/policy/accept";

    public static IApplicationBuilder UsePolicyAcceptanceGate(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            if (http.User.Identity?.IsAuthenticated == true
                && http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                && http.GetEndpoint() is { } endpoint
                && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null
                && endpoint.Metadata.GetMetadata<AllowBeforePolicyAcceptanceAttribute>() is null
                && Guid.TryParse(http.User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
                && await http.RequestServices.GetRequiredService<PolicyStandings>().MustAcceptAsync(userId, http.RequestAborted))
            {
                await Refusal().ExecuteAsync(http);
                return;
            }

            await next(http);
        });

    private static IResult Refusal() => TypedResults.Problem(
        detail: "A new version of the privacy policy needs your acceptance before you continue: read it at " +
                $"{PolicyPath} and accept it with POST {AcceptPath}.",
        statusCode: StatusCodes.Status403Forbidden,
        type: ProblemMapping.TypePrefix + Code,
        extensions: new Dictionary<string, object?> { ["code"] = Code, ["policy"] = PolicyPath, ["accept"] = AcceptPath });
}
