namespace SmartRoom.Modules.Identity.Features.RequireTwoFactor;

/// <summary>
/// Requires two-factor sign-in for an account. Until it is enabled, the account's tokens reach only its
/// own account endpoints (set-up, profile, sign-out); audited and emailed to the account.
/// </summary>
[RequiresUser]
internal sealed record RequireTwoFactor(Guid UserId) : ICommand<Result<Done>>;
