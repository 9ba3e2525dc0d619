using SmartRoom.Modules.Identity.Features.SendPasswordReset;

namespace SmartRoom.Modules.Identity.IntegrationEvents;

/// <summary>
/// A password reset link was asked for. Queued durably and handled in the background, so the request that
/// asked answers the same, equally fast, whether or not the email has an account.
/// </summary>
public sealed record PasswordResetLinkRequested(string Email);
