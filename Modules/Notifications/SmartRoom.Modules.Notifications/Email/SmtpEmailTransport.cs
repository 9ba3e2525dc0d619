using MailKit;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace SmartRoom.Modules.Notifications.Email;

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
