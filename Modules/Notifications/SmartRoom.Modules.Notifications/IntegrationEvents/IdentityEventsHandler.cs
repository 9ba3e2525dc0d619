using Mediator;
using Microsoft.Extensions.Options;
using SmartRoom.BuildingBlocks.Configuration;
using SmartRoom.Modules.Identity.Contracts;
using SmartRoom.Modules.Notifications.Features.SendEmail;
using SmartRoom.Modules.Notifications.Templates;

namespace SmartRoom.Modules.Notifications.IntegrationEvents;

/// <summary>Wolverine adapter: Identity's events become emails. Only sends commands; idempotent through them.</summary>
public static class IdentityEventsHandler
{
    public static async Task Handle(UserRegistered message, ISender sender, SmartRoomOptions platform, CancellationToken cancellationToken)
    {
        var link = EmailTemplates.Link(platform.PublicBaseUrl, "/api/identity/confirm-email",
            ("userId", message.UserId.ToString()), ("code", message.ConfirmationCode));
        var email = EmailTemplates.ConfirmAccount(message.DisplayName, link);
        await sender.Send(new SendEmail($"{message.EventId:N}:{message.Email}:{email.Template}", message.Email, email), cancellationToken);
    }
}
