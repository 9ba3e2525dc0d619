using Mediator;
using SmartRoom.Modules.Identity.Features.SendPasswordReset;

namespace SmartRoom.Modules.Identity.IntegrationEvents;

/// <summary>
/// A password reset link was asked for. Queued durably and handled in the background, so the request that
/// asked answers the same, equally fast, whether or not the email has an account.
/// </summary>
public sealed record PasswordResetLinkRequested(string Email);

/// <summary>Wolverine adapter for the module's own durable messages.</summary>
public static class IdentityMessagesHandler
{
    public static async Task Handle(PasswordResetLinkRequested message, ISender sender, CancellationToken cancellationToken) =>
        await sender.Send(new SendPasswordReset(message.Email), cancellationToken);
}
