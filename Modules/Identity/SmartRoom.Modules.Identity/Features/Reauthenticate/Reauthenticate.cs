namespace SmartRoom.Modules.Identity.Features.Reauthenticate;

/// <summary>
/// "Sudo mode": the signed-in owner proves again that it is them, which opens sensitive account changes
/// (2FA off, the shared key, new recovery codes, a new email or password) for a few minutes on this
/// session. With two-factor sign-in on, the proof is an authenticator or recovery code (and the password
/// too, if given); otherwise the password. Wrong proofs count toward lockout like wrong sign-ins.
/// </summary>
[RequiresUser]
internal sealed record Reauthenticate(string? Password, string? TwoFactorCode, string? TwoFactorRecoveryCode) : ICommand<Result<Reauthenticated>>;

internal sealed record Reauthenticated(DateTimeOffset ValidUntil);

/// <summary>The JSON body of the request, as the client sends it.</summary>
internal sealed record ReauthenticateBody(string? Password, string? TwoFactorCode, string? TwoFactorRecoveryCode);
