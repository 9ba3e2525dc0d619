using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.Identity.Domain;

namespace SmartRoom.Modules.Identity.Features.ManageTwoFactor;

/// <summary>
/// ASP.NET Core Identity's <c>/manage/2fa</c>: read the state, get the shared key (and an <c>otpauth://</c> URI
/// for a QR code), enable with a first code, reset the key or the recovery codes, disable. Enabling rotates
/// the security stamp, so other sessions must sign in again, now with a code.
/// </summary>
[RequiresUser]
internal sealed record ManageTwoFactor(bool? Enable, string? TwoFactorCode, bool ResetSharedKey, bool ResetRecoveryCodes, bool ForgetMachine)
    : ICommand<Result<TwoFactorResponse>>;

internal sealed record TwoFactorResponse(
    string SharedKey,
    string AuthenticatorUri,
    int RecoveryCodesLeft,
    string[]? RecoveryCodes,
    bool IsTwoFactorEnabled,
    bool IsMachineRemembered);

internal sealed class ManageTwoFactorValidator : AbstractValidator<ManageTwoFactor>
{
    public ManageTwoFactorValidator() => RuleFor(x => x.TwoFactorCode).MaximumLength(20);
}

internal sealed class ManageTwoFactorHandler(ClockedUserManager users, SignInManager<User> signIn, ICurrentUser current, TimeProvider clock)
    : ICommandHandler<ManageTwoFactor, Result<TwoFactorResponse>>
{
    public async ValueTask<Result<TwoFactorResponse>> Handle(ManageTwoFactor command, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(current.Id!.Value.ToString()) is not { Email: { } email } user)
        {
            return Error.NotFound("account");
        }

        if (command.Enable == true)
        {
            if (command.ResetSharedKey)
            {
                return Error.Validation("resetSharedKey", "Resetting the shared key disables two-factor sign-in until a code from the new key is verified.");
            }

            var code = command.TwoFactorCode?.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
            if (string.IsNullOrEmpty(code))
            {
                return Error.Validation("twoFactorCode", "A code from your authenticator app is required to enable two-factor sign-in.");
            }

            if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            {
                return Error.Validation("twoFactorCode", "The code is not valid for the shared key.");
            }

            user.LastTotpCode = code;
            user.LastTotpUsedAt = clock.GetUtcNow();
            await users.SetTwoFactorEnabledAsync(user, true);
        }
        else if (command.Enable == false || command.ResetSharedKey)
        {
            if (user.TwoFactorRequired)
            {
                return Error.Conflict("two-factor-required", "An administrator requires two-factor sign-in for this account.");
            }

            await users.SetTwoFactorEnabledAsync(user, false);
        }

        if (command.ResetSharedKey)
        {
            await users.ResetAuthenticatorKeyAsync(user);
        }

        string[]? recoveryCodes = null;
        if (command.ResetRecoveryCodes || (command.Enable == true && await users.CountRecoveryCodesAsync(user) == 0))
        {
            recoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToArray();
        }

        if (command.ForgetMachine)
        {
            await signIn.ForgetTwoFactorClientAsync();
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key.");
        }

        return new TwoFactorResponse(
            key,
            $"otpauth://totp/{Uri.EscapeDataString("SmartRoom:" + email)}?secret={key}&issuer=SmartRoom&digits=6",
            recoveryCodes?.Length ?? await users.CountRecoveryCodesAsync(user),
            recoveryCodes,
            await users.GetTwoFactorEnabledAsync(user),
            await signIn.IsTwoFactorClientRememberedAsync(user));
    }
}

internal static class ManageTwoFactorEndpoint
{
    internal sealed record Body(bool? Enable, string? TwoFactorCode, bool ResetSharedKey, bool ResetRecoveryCodes, bool ForgetMachine);

    public static void Map(IEndpointRouteBuilder manage) =>
        manage.MapPost("/2fa", async (Body body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ManageTwoFactor(body.Enable, body.TwoFactorCode, body.ResetSharedKey, body.ResetRecoveryCodes, body.ForgetMachine), ct))
                .ToHttp(r => TypedResults.Ok(r)))
            .WithName("ManageTwoFactor")
            .WithSummary("Two-factor sign-in: state, shared key, enable/disable, recovery codes. Post {} to read.")
            .Produces<TwoFactorResponse>()
            .ProducesValidationProblem()
            .RequireAuthorization(IdentityPolicies.AllowDuringTwoFactorSetup);
}
