using Microsoft.AspNetCore.Identity;

namespace SmartRoom.Modules.Identity.Domain;

/// <summary>
/// Checks an authenticator (TOTP) or recovery code, for sign-in and for reauthentication. A TOTP code is
/// accepted once (the last one used is remembered for its time window); a recovery code is spent.
/// Counting failures toward lockout is the caller's business.
/// </summary>
internal sealed class SecondFactor(ClockedUserManager users, TimeProvider clock)
{
    public static string Normalize(string code) =>
        code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);

    public async Task<bool> VerifyAsync(User user, string? totpCode, string? recoveryCode) =>
        !string.IsNullOrWhiteSpace(recoveryCode)
            ? (await users.RedeemTwoFactorRecoveryCodeAsync(user, recoveryCode.Replace(" ", "", StringComparison.Ordinal))).Succeeded
            : !string.IsNullOrWhiteSpace(totpCode) && await VerifyTotpAsync(user, totpCode);

    public async Task<bool> VerifyTotpAsync(User user, string totpCode)
    {
        var code = Normalize(totpCode);
        var now = clock.GetUtcNow();
        var replay = user.LastTotpCode == code && user.LastTotpUsedAt > now.AddSeconds(-90);
        if (replay || !await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code))
        {
            return false;
        }

        user.LastTotpCode = code;
        user.LastTotpUsedAt = now;
        return (await users.UpdateAsync(user)).Succeeded;
    }
}
