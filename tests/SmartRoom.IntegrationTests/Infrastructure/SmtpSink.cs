using System.Net;
using MimeKit;
using netDumbster.smtp;

namespace SmartRoom.IntegrationTests.Infrastructure;

/// <summary>A real SMTP server on loopback; tests read what it received, parsed with MimeKit.</summary>
public sealed class SmtpSink : IDisposable
{
    private readonly SimpleSmtpServer _server;

    public SmtpSink() => _server = Configuration.Configure().WithAddress(IPAddress.Loopback).WithRandomPort().Build();

    public SmtpSink(int port) => _server = Configuration.Configure().WithAddress(IPAddress.Loopback).WithPort(port).Build();

    public int Port => _server.Configuration.Port;

    public IReadOnlyList<MimeMessage> Received
    {
        get
        {
            // The server stores mail from its own threads without a lock: a read that races a delivery is read again.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return _server.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data)))).ToList();
                }
                catch (Exception ex) when (attempt < 10 && ex is IndexOutOfRangeException or ArgumentException or InvalidOperationException)
                {
                    Thread.Sleep(5);
                }
            }
        }
    }

    public IReadOnlyList<MimeMessage> To(string address) =>
        Received.Where(m => m.To.Mailboxes.Any(x => string.Equals(x.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

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

    public void Clear() => _server.ClearReceivedEmail();

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }
}
