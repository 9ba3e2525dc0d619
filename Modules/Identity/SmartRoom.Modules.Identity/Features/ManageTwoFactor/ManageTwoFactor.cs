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
/// <remarks>
/// The "remember this machine" cookie is HTTP: the endpoint reads it (<see cref="MachineRemembered"/>) and, when
/// asked to forget the machine and the change succeeds, clears it.
/// </remarks>
internal sealed record ManageTwoFactor(bool? Enable, string? TwoFactorCode, bool ResetSharedKey, bool ResetRecoveryCodes, bool MachineRemembered)
    : ICommand<Result<TwoFactorResponse>>;

internal sealed record TwoFactorResponse(
    string? SharedKey,
    string? AuthenticatorUri,
    int RecoveryCodesLeft,
    string[]? RecoveryCodes,
    bool IsTwoFactorEnabled,
    bool IsMachineRemembered);

/// <summary>The JSON body of the request, as the client sends it.</summary>
internal sealed record ManageTwoFactorBody(bool? Enable, string? TwoFactorCode, bool ResetSharedKey, bool ResetRecoveryCodes, bool ForgetMachine);
