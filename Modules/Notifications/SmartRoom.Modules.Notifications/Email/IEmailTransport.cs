using MimeKit;

namespace SmartRoom.Modules.Notifications.Email;

/// <summary>Hands a message to the outside world; answers the provider's message id. Throws when it could not.</summary>
internal interface IEmailTransport
{
    Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
