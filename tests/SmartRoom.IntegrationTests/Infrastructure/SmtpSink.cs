using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace SmartRoom.IntegrationTests.Infrastructure;

/// <summary>
/// A real SMTP server on loopback; tests read what it received, parsed with MimeKit. Its port is bound when
/// it is created (port 0: the system picks one) and held until it is disposed, so no other process can take
/// it in between.
/// </summary>
public sealed class SmtpSink : IDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<MimeMessage> _received = [];

    // Each message's recipients, read once on receipt: MimeKit's address lists are not safe to enumerate from
    // several waiting tests at once.
    private readonly List<string[]> _recipients = [];
    private readonly Lock _gate = new();

    public SmtpSink()
        : this(0)
    {
    }

    public SmtpSink(int port)
        : this(new TcpListener(IPAddress.Loopback, port))
    {
    }

    /// <summary>Serves on a listener the caller created (and may already have started) on the port it holds.</summary>
    public SmtpSink(TcpListener listener)
    {
        _listener = listener;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = AcceptAsync();
    }

    public int Port { get; }

    public IReadOnlyList<MimeMessage> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    public IReadOnlyList<MimeMessage> To(string address)
    {
        lock (_gate)
        {
            return _received.Where((_, i) => _recipients[i].Contains(address, StringComparer.OrdinalIgnoreCase)).ToList();
        }
    }

    /// <summary>Waits (bounded) for mail the server is still receiving; returns as soon as it is there.</summary>
    public async Task<MimeMessage> WaitForAsync(string address, Func<MimeMessage, bool>? match = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var found = To(address).FirstOrDefault(m => match?.Invoke(m) ?? true);
            if (found is not null)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No email to {address} arrived within the timeout.");
            }

            await Task.Delay(25);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _received.Clear();
            _recipients.Clear();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    /// <summary>One SMTP session (RFC 5321, the commands a plain MailKit client sends).</summary>
    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            var reader = new SmtpLineReader(stream);
            await WriteAsync(stream, "220 smtp-sink.test ESMTP");
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var verb = (line.Length >= 4 ? line[..4] : line).ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await WriteAsync(stream, "250-smtp-sink.test\r\n250-8BITMIME\r\n250 SIZE 52428800");
                        break;
                    case "DATA":
                        await WriteAsync(stream, "354 End data with <CR><LF>.<CR><LF>");
                        var message = MimeMessage.Load(new MemoryStream(await reader.ReadDataAsync(_stop.Token)));
                        var recipients = message.To.Mailboxes.Select(m => m.Address).ToArray();
                        lock (_gate)
                        {
                            _received.Add(message);
                            _recipients.Add(recipients);
                        }

                        await WriteAsync(stream, $"250 2.0.0 Ok: queued as {Guid.NewGuid():N}");
                        break;
                    case "QUIT":
                        await WriteAsync(stream, "221 2.0.0 Bye");
                        return;
                    case "HELO" or "MAIL" or "RCPT" or "RSET" or "NOOP":
                        await WriteAsync(stream, "250 2.0.0 Ok");
                        break;
                    default:
                        await WriteAsync(stream, "502 5.5.2 Command not implemented");
                        break;
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // The client hung up or the sink is stopping.
        }
    }

    private async Task WriteAsync(NetworkStream stream, string reply) =>
        await stream.WriteAsync(Encoding.ASCII.GetBytes(reply + "\r\n"), _stop.Token);
}
