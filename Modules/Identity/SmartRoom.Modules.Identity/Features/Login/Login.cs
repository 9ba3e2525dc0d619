using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.Modules.Identity.Domain;

namespace SmartRoom.Modules.Identity.Features.Login;

/// <summary>Signs in with email and password: a bearer token pair, or with <c>useCookies</c> the dashboard cookie.</summary>
internal sealed record Login(string Email, string Password, bool UseCookies) : ICommand<Result<Done>>;

internal sealed class LoginValidator : AbstractValidator<Login>
{
    public LoginValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(256);
        RuleFor(x => x.Password).NotEmpty().MaximumLength(1024);
    }
}

internal sealed class LoginHandler(SignInManager<User> signIn) : ICommandHandler<Login, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(Login command, CancellationToken cancellationToken)
    {
        // On success the sign-in writes the response itself: the token JSON (bearer) or the cookie.
        signIn.AuthenticationScheme = command.UseCookies ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(command.Email, command.Password, isPersistent: command.UseCookies, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return Done.Value;
        }

        if (result.IsLockedOut)
        {
            return Error.Unauthorized("locked-out", "This account is locked. Try again later.");
        }

        // Only reached with the right password, so it tells nothing to someone guessing.
        if (result.IsNotAllowed)
        {
            return Error.Unauthorized("email-not-confirmed", "Confirm your email address before signing in.");
        }

        return Error.Unauthorized("invalid-credentials", "The email or password is not correct.");
    }
}

internal static class LoginEndpoint
{
    internal sealed record Body(string Email, string Password);

    public static void Map(IEndpointRouteBuilder identity) =>
        identity.MapPost("/login", async (Body body, bool? useCookies, ISender sender, CancellationToken ct) =>
                (await sender.Send(new Login(body.Email, body.Password, useCookies == true), ct))
                .ToHttp(_ => TypedResults.Empty))
            .WithName("Login")
            .WithSummary("Sign in: answers {tokenType, accessToken, expiresIn, refreshToken}, or sets the cookie with ?useCookies=true.")
            .Produces<Microsoft.AspNetCore.Authentication.BearerToken.AccessTokenResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .Public();
}
