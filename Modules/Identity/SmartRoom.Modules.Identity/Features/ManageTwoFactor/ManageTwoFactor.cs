using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Wolverine.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.Identity.Contracts;
using SmartRoom.Modules.Identity.Domain;
using SmartRoom.Modules.Identity.Persistence;

namespace SmartRoom.Modules.Identity.Features.ManageTwoFactor;

/// <summary>
/// ASP.NET Core Identity's <c>/manage/2fa</c>: read the state, get the shared key (and an <c>otpauth://</c> URI
/// for a QR code), enable with a first code, reset the key or the recovery codes, disable. Enabling rotates
/// the security stamp, so other sessions must sign in again, now with a code.
/// Sensitive steps need "sudo mode" (<see cref="SudoMode"/>): turning 2FA off, resetting the key or the
/// recovery codes, and reading the shared key (without a fresh proof the key and URI are left out). Enabling
/// with a valid code is itself a proof. Wrong codes count toward lockout; each change is emailed to the owner.
/// </summary>
[RequiresUser]
internal sealed record ManageTwoFactor(bool? Enable, string? TwoFactorCode, bool ResetSharedKey, bool ResetRecoveryCodes, bool ForgetMachine)
    : ICommand<Result<TwoFactorResponse>>;

internal sealed record TwoFactorResponse(
    string? SharedKey,
    string? AuthenticatorUri,
    int RecoveryCodesLeft,
    string[]? RecoveryCodes,
    bool IsTwoFactorEnabled,
    bool IsMachineRemembered);

internal sealed class ManageTwoFactorValidator : AbstractValidator<ManageTwoFactor>
{
    public ManageTwoFactorValidator() => RuleFor(x => x.TwoFactorCode).MaximumLength(20);
}

internal sealed class ManageTwoFactorHandler(
    ClockedUserManager users,
    SignInManager<User> signIn,
    SecondFactor secondFactor,
    SudoMode sudo,
    ICurrentUser current,
    IDbContextOutbox<IdentityDbContext> outbox,
    TimeProvider clock)
    : ICommandHandler<ManageTwoFactor, Result<TwoFactorResponse>>
{
    public async ValueTask<Result<TwoFactorResponse>> Handle(ManageTwoFactor command, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(current.Id!.Value.ToString()) is not { Email: { } email } user)
        {
            return Error.NotFound("account");
        }

        var fresh = await sudo.IsFreshAsync(cancellationToken);
        var changes = new List<string>();
        if (command.Enable == true)
        {
            if (command.ResetSharedKey)
            {
                return Error.Validation("resetSharedKey", "Resetting the shared key disables two-factor sign-in until a code from the new key is verified.");
            }

            if (string.IsNullOrWhiteSpace(command.TwoFactorCode))
            {
                return Error.Validation("twoFactorCode", "A code from your authenticator app is required to enable two-factor sign-in.");
            }

            if (await users.IsLockedOutAsync(user))
            {
                return Error.Forbidden("locked-out", "This account is locked after too many failed attempts. Try again later.");
            }

            if (!await secondFactor.VerifyTotpAsync(user, command.TwoFactorCode))
            {
                await CountFailureAsync(user, email, cancellationToken);
                return Error.Validation("twoFactorCode", "The code is not valid for the shared key.");
            }

            if (!user.TwoFactorEnabled)
            {
                await users.SetTwoFactorEnabledAsync(user, true);
                changes.Add(AccountSecurityChanges.TwoFactorEnabled);
            }

            // A valid code from the authenticator is a proof of presence, like a reauthentication (recorded
            // after the change, so a re-issued cookie carries the new security stamp).
            await sudo.RecordAsync(user, cancellationToken);
            fresh = true;
        }
        else if (command.Enable == false || command.ResetSharedKey || command.ResetRecoveryCodes)
        {
            if (!fresh)
            {
                return sudo.Required;
            }

            if ((command.Enable == false || command.ResetSharedKey) && user.TwoFactorRequired)
            {
                return Error.Conflict("two-factor-required", "An administrator requires two-factor sign-in for this account.");
            }

            if ((command.Enable == false || command.ResetSharedKey) && user.TwoFactorEnabled)
            {
                await users.SetTwoFactorEnabledAsync(user, false);
                changes.Add(AccountSecurityChanges.TwoFactorDisabled);
            }
        }

        if (command.ResetSharedKey)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            changes.Add(AccountSecurityChanges.AuthenticatorKeyReset);
        }

        string[]? recoveryCodes = null;
        if (command.ResetRecoveryCodes || (command.Enable == true && await users.CountRecoveryCodesAsync(user) == 0))
        {
            recoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToArray();
            if (command.ResetRecoveryCodes)
            {
                changes.Add(AccountSecurityChanges.RecoveryCodesRegenerated);
            }
        }

        if (command.ForgetMachine)
        {
            await signIn.ForgetTwoFactorClientAsync();
        }

        string? key = null;
        if (fresh)
        {
            key = await users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                await users.ResetAuthenticatorKeyAsync(user);
                key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key.");
            }
        }

        var now = clock.GetUtcNow();
        foreach (var change in changes)
        {
            await outbox.PublishAsync(SecurityNotices.Changed(user, email, change, current, now));
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);

        return new TwoFactorResponse(
            key,
            key is null ? null : $"otpauth://totp/{Uri.EscapeDataString("SmartRoom:" + email)}?secret={key}&issuer=SmartRoom&digits=6",
            recoveryCodes?.Length ?? await users.CountRecoveryCodesAsync(user),
            recoveryCodes,
            await users.GetTwoFactorEnabledAsync(user),
            await signIn.IsTwoFactorClientRememberedAsync(user));
    }

    private async Task CountFailureAsync(User user, string email, CancellationToken ct)
    {
        await users.AccessFailedAsync(user);
        if (await users.IsLockedOutAsync(user) && await users.GetLockoutEndDateAsync(user) is { } until)
        {
            await outbox.PublishAsync(new UserLocked(Guid.CreateVersion7(), clock.GetUtcNow(), user.Id, email, user.DisplayName, until, ByAdmin: false));
            await outbox.SaveChangesAndFlushMessagesAsync(ct);
        }
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
            .WithSummary("Two-factor sign-in: state, shared key, enable/disable, recovery codes. Post {} to read. Turning it off, the shared key and new recovery codes need a recent proof (POST /reauthenticate): 403 sudo-required otherwise.")
            .Produces<TwoFactorResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .RequireAuthorization(IdentityPolicies.AllowDuringTwoFactorSetup);
}
