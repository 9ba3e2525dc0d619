namespace SmartRoom.Modules.Identity.Features.SendPasswordReset;

/// <summary>
/// In the background, after <c>ForgotPassword</c>: for a confirmed account, a reset code goes to its owner by
/// email; for anything else, nothing happens.
/// </summary>
internal sealed record SendPasswordReset(string Email) : ICommand<Result<Done>>;
