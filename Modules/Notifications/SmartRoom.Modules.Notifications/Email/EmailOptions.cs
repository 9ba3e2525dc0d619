namespace SmartRoom.Modules.Notifications.Email;

/// <summary><c>SmartRoom:Email</c>: where mail goes and how hard we try.</summary>
internal sealed class EmailOptions
{
    public const string Section = "SmartRoom:Email";

    public string From { get; set; } = "SmartRoom <no-reply@smartroom.local>";

    /// <summary>When <see cref="SmtpOptions.Host"/> is set mail goes by SMTP; otherwise into <c>mail/</c> in the data directory.</summary>
    public SmtpOptions Smtp { get; set; } = new();

    public RetryOptions Retry { get; set; } = new();
}

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

internal sealed class RetryOptions
{
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; each further failure doubles it, up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(2);

    public TimeSpan DelayAfter(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(BaseDelay.Ticks * factor, MaxDelay.Ticks));
        return delay;
    }
}
