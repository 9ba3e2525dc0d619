using System.Security.Claims;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.Modules.Identity.Domain;

namespace SmartRoom.Modules.Identity.Features.Refresh;

/// <summary>Trades a refresh token for a new token pair while the account's security stamp is unchanged.</summary>
internal sealed record Refresh(string RefreshToken) : ICommand<Result<ClaimsPrincipal>>;

internal sealed class RefreshValidator : AbstractValidator<Refresh>
{
    public RefreshValidator() => RuleFor(x => x.RefreshToken).NotEmpty().MaximumLength(8192);
}

internal sealed class RefreshHandler(
    SignInManager<User> signIn,
    IOptionsMonitor<BearerTokenOptions> bearerOptions,
    TimeProvider clock) : ICommandHandler<Refresh, Result<ClaimsPrincipal>>
{
    private static readonly Error Refused = Error.Unauthorized("invalid-refresh-token", "The refresh token is not valid. Sign in again.");

    public async ValueTask<Result<ClaimsPrincipal>> Handle(Refresh command, CancellationToken cancellationToken)
    {
        var protector = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = protector.Unprotect(command.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires)
        {
            return Refused;
        }

        // A changed stamp (password change, sign-out everywhere, lock) revokes every refresh token at once.
        if (await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return Refused;
        }

        return await signIn.CreateUserPrincipalAsync(user);
    }
}

internal static class RefreshEndpoint
{
    internal sealed record Body(string RefreshToken);

    public static void Map(IEndpointRouteBuilder identity) =>
        identity.MapPost("/refresh", async (Body body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new Refresh(body.RefreshToken), ct))
                .ToHttp(principal => TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme)))
            .WithName("Refresh")
            .WithSummary("A new token pair for a valid refresh token.")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .Public();
}
