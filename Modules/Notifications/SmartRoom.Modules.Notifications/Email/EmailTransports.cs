using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using SmartRoom.BuildingBlocks.Configuration;

namespace SmartRoom.Modules.Notifications.Email;

/// <summary>Hands a message to the outside world; answers the provider's message id. Throws when it could not.</summary>
internal interface IEmailTransport
{
    Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>Real SMTP delivery through MailKit.</summary>
internal sealed class SmtpEmailTransport(IOptions<EmailOptions> options) : IEmailTransport
{
    public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        await client.ConnectAsync(smtp.Host ?? throw new InvalidOperationException("SmartRoom:Email:Smtp:Host is not set."), smtp.Port, Enum.Parse<SecureSocketOptions>(smtp.Security, ignoreCase: true), cancellationToken);
        if (!string.IsNullOrEmpty(smtp.Username))
        {
            await client.AuthenticateAsync(smtp.Username, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        return message.MessageId ?? "";
    }
}

/// <summary>The embedded default: one <c>.eml</c> file per message in <c>mail/</c> under the data directory.</summary>
internal sealed class PickupFolderTransport(SmartRoomOptions platform) : IEmailTransport
{
    public string Folder { get; } = Path.Combine(platform.ResolveDataDirectory(), "mail");

    public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{DateTime.UtcNow:yyyyMMddTHHmmssfff}-{Sanitize(message.MessageId ?? Guid.NewGuid().ToString("N"))}.eml";
        var temp = Path.Combine(Folder, name + ".tmp");
        await message.WriteToAsync(temp, cancellationToken);
        File.Move(temp, Path.Combine(Folder, name), overwrite: true);
        return message.MessageId ?? name;
    }

    private static string Sanitize(string id) =>
        string.Concat(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_'));
}
