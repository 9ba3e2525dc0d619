namespace SmartRoom.Modules.Notifications.Email;

internal sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>
    /// None, Auto, StartTls, StartTlsWhenAvailable or SslOnConnect (MailKit's names). Unset: STARTTLS is
    /// required (a server that does not offer it, or a downgrade by someone on the path, fails the send)
    /// unless the server is on this machine (loopback), where it is used when offered.
    /// </summary>
    public string? Security { get; set; }

    public MailKit.Security.SecureSocketOptions SocketOptions()
    {
        if (!string.IsNullOrWhiteSpace(Security))
        {
            return Enum.TryParse<MailKit.Security.SecureSocketOptions>(Security, ignoreCase: true, out var chosen)
                ? chosen
                : throw new InvalidOperationException(
                    $"SmartRoom:Email:Smtp:Security '{Security}' is not one of None, Auto, StartTls, StartTlsWhenAvailable, SslOnConnect.");
        }

        return IsLoopback(Host) ? MailKit.Security.SecureSocketOptions.StartTlsWhenAvailable : MailKit.Security.SecureSocketOptions.StartTls;
    }

    private static bool IsLoopback(string? host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (System.Net.IPAddress.TryParse(host, out var ip) && System.Net.IPAddress.IsLoopback(ip));

    public string? Username { get; set; }

    public string? Password { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
