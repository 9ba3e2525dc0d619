using Wolverine.EntityFrameworkCore;
using SmartRoom.Modules.Identity.Contracts;

namespace SmartRoom.Modules.Identity.Features.ManageTwoFactor;

internal sealed class ManageTwoFactorHandler(
    ClockedUserManager users,
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
            command.MachineRemembered);
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
