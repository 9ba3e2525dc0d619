using SmartRoom.Modules.Identity.Features.SendPasswordReset;

namespace SmartRoom.Modules.Identity.IntegrationEvents;

/// <summary>Wolverine adapter for the module's own durable messages.</summary>
public static class IdentityMessagesHandler
{
    public static async Task Handle(PasswordResetLinkRequested message, ISender sender, CancellationToken cancellationToken) =>
        await sender.Send(new SendPasswordReset(message.Email), cancellationToken);
}
