using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using SmartRoom.Modules.Identity.Persistence;

namespace SmartRoom.Modules.Identity.Domain;

/// <summary>
/// The account owes no admin-required two-factor set-up. Read from the account's current state, not from a
/// claim: a token or cookie issued before an admin required 2FA is confined at once, and a cookie whose
/// principal is rebuilt (security-stamp revalidation) cannot shed the rule.
/// </summary>
internal sealed class TwoFactorSetupRequirement : IAuthorizationRequirement;

/// <summary>
/// Looks the account up once per request (one primary-key read of two columns, kept for the request), so
/// every change (an admin requiring 2FA, the owner enabling it) holds from the next request on, on every
/// instance, with no cache to invalidate.
/// </summary>
internal sealed class TwoFactorSetupHandler(IdentityDbContext db) : AuthorizationHandler<TwoFactorSetupRequirement>
{
    private readonly Dictionary<Guid, bool> _owes = [];

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorSetupRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true
            || !Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return;
        }

        if (!_owes.TryGetValue(userId, out var owes))
        {
            var state = await db.Users.AsNoTracking()
                .Where(u => u.Id == userId)
                .Select(u => new { u.TwoFactorRequired, u.TwoFactorEnabled })
                .SingleOrDefaultAsync();
            owes = state is null || (state.TwoFactorRequired && !state.TwoFactorEnabled);
            _owes[userId] = owes;
        }

        if (!owes)
        {
            context.Succeed(requirement);
        }
    }
}
