using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.Identity.Domain;
using SmartRoom.Modules.Identity.Persistence;

namespace SmartRoom.Modules.Identity.Features.Logout;

/// <summary>Ends this session (its refresh token stops working at once), or with <see cref="Everywhere"/> every session of the account.</summary>
[RequiresUser]
internal sealed record Logout(Guid? SessionId, bool Everywhere) : ICommand<Result<Done>>;

internal sealed class LogoutHandler(
    IdentityDbContext db,
    ClockedUserManager users,
    SignInManager<User> signIn,
    ICurrentUser current,
    TimeProvider clock) : ICommandHandler<Logout, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(Logout command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var userId = current.Id!.Value;
        var sessions = await db.Sessions
            .Where(s => s.UserId == userId && s.RevokedAt == null && (command.Everywhere || s.Id == command.SessionId))
            .ToListAsync(cancellationToken);
        foreach (var session in sessions)
        {
            session.Revoke(now, command.Everywhere ? "signed-out-everywhere" : "signed-out");
        }

        await db.SaveChangesAsync(cancellationToken);
        if (command.Everywhere && await users.FindByIdAsync(userId.ToString()) is { } user)
        {
            // A new stamp also invalidates dashboard cookies and any refresh token not tied to a session.
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.Context.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Done.Value;
    }
}

internal static class LogoutEndpoint
{
    public static void Map(IEndpointRouteBuilder identity)
    {
        identity.MapPost("/logout", async (ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                (await sender.Send(new Logout(SessionClaims.SessionIdOf(user), Everywhere: false), ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithName("Logout")
            .WithSummary("Sign out of this session: its refresh token stops working.")
            .RequireAuthorization(IdentityPolicies.AllowDuringTwoFactorSetup);

        identity.MapPost("/logout-everywhere", async (ISender sender, CancellationToken ct) =>
                (await sender.Send(new Logout(null, Everywhere: true), ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithName("LogoutEverywhere")
            .WithSummary("Sign out of every session and device.")
            .RequireAuthorization(IdentityPolicies.AllowDuringTwoFactorSetup);
    }
}
