using Microsoft.AspNetCore.Authorization;

namespace SmartRoom.Modules.Identity.Domain;

/// <summary>
/// Reads the account's state once per request (<see cref="RequestAccount"/>, shared with the session check), so
/// every change (an admin requiring 2FA, the owner enabling it) holds from the next request on, on every
/// instance, with no cache to invalidate.
/// </summary>
internal sealed class TwoFactorSetupHandler(RequestAccount account) : AuthorizationHandler<TwoFactorSetupRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorSetupRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && await account.StateAsync(context.User, CancellationToken.None) is { OwesTwoFactorSetup: false })
        {
            context.Succeed(requirement);
        }
    }
}
