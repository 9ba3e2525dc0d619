using MailKit;
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

/// <summary>
/// Real SMTP delivery through MailKit over one kept-open connection (a new connection costs far more than
/// a message: see bench/README.md). Sends are serialised on it; a connection that went stale is replaced
/// once, and any other failure drops it so the next send starts fresh.
/// </summary>
internal sealed class SmtpEmailTransport(IOptions<EmailOptions> options) : IEmailTransport, IDisposable
{
    private static readonly TimeSpan MaxIdle = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SmtpClient? _client;
    private long _lastUsed;

    public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var client = await ConnectedAsync(cancellationToken);
                try
                {
                    await client.SendAsync(message, cancellationToken);
                    _lastUsed = Environment.TickCount64;
                    return message.MessageId ?? "";
                }
                catch (Exception ex) when (attempt == 1 && ex is ServiceNotConnectedException or IOException or SmtpProtocolException)
                {
                    // The server closed a connection we kept: reconnect once.
                    Drop();
                }
            }
        }
        catch
        {
            Drop();
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<SmtpClient> ConnectedAsync(CancellationToken cancellationToken)
    {
        if (_client is { IsConnected: true } && Environment.TickCount64 - _lastUsed < MaxIdle.TotalMilliseconds)
        {
            return _client;
        }

        Drop();
        var smtp = options.Value.Smtp;
        var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(smtp.Host ?? throw new InvalidOperationException("SmartRoom:Email:Smtp:Host is not set."),
                smtp.Port, smtp.SocketOptions(), cancellationToken);
            if (!string.IsNullOrEmpty(smtp.Username))
            {
                await client.AuthenticateAsync(smtp.Username, smtp.Password ?? "", cancellationToken);
            }
        }
        catch
        {
            client.Dispose();
            throw;
        }

        _client = client;
        return client;
    }

    private void Drop()
    {
        var client = _client;
        _client = null;
        if (client is null)
        {
            return;
        }

        try
        {
            if (client.IsConnected)
            {
                client.Disconnect(quit: true);
            }
        }
        catch (Exception ex) when (ex is IOException or MailKit.ProtocolException or System.Net.Sockets.SocketException or OperationCanceledException)
        {
            // Already gone.
        }
        finally
        {
            client.Dispose();
        }
    }

    public void Dispose()
    {
        Drop();
        _gate.Dispose();
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
