namespace SmartRoom.Modules.Identity.Features.ConfirmEmail;

/// <summary>The link from a confirmation email: confirms the account, or with <see cref="ChangedEmail"/> moves it to that address.</summary>
internal sealed record ConfirmEmail(Guid UserId, string Code, string? ChangedEmail) : ICommand<Result<EmailConfirmed>>;

internal sealed record EmailConfirmed(Guid UserId, string Email);
