using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SmartRoom.Modules.Identity.Domain;

/// <summary>Identity's claims (id, email, roles, security stamp) plus the display name other modules show.</summary>
internal sealed class SmartRoomClaimsFactory(UserManager<User> users, RoleManager<Role> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<User, Role>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(SmartRoomClaims.DisplayName, user.DisplayName));
        return identity;
    }
}
